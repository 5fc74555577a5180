package dev.switchboard.e2e;

import com.openai.core.JsonValue;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;

/** Request parts the end-to-end tests build with the OpenAI SDK. */
final class SdkRequests {

    private SdkRequests() {}

    /** A function tool that takes an object, as a client offers it. */
    static ChatCompletionFunctionTool tool(String name) {
        var parameters = FunctionParameters.builder()
                .putAdditionalProperty("type", JsonValue.from("object"))
                .build();
        return ChatCompletionFunctionTool.builder()
                .function(FunctionDefinition.builder()
                        .name(name)
                        .parameters(parameters)
                        .build())
                .build();
    }
}
