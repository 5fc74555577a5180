package dev.switchboard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.core.JsonValue;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.ReasoningEffort;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import java.util.List;
import java.util.Map;

/** The tool loop {@link GeminiSdkIT} runs with the OpenAI SDK, as a client of any OpenAI-compatible gateway writes it. */
final class GeminiSdkRequests {

    private GeminiSdkRequests() {}

    /** The first turn: a question, the weather tool (with keywords Gemini refuses), low reasoning effort, usage. */
    static ChatCompletionCreateParams.Builder conversation(String provider) {
        var parameters = FunctionParameters.builder()
                .putAdditionalProperty("type", JsonValue.from("object"))
                .putAdditionalProperty("additionalProperties", JsonValue.from(false))
                .putAdditionalProperty(
                        "properties",
                        JsonValue.from(Map.of(
                                "location", Map.of("type", "string"),
                                "unit", Map.of("type", "string", "enum", List.of("celsius", "fahrenheit")))))
                .putAdditionalProperty("required", JsonValue.from(List.of("location")))
                .build();
        return ChatCompletionCreateParams.builder()
                .model(provider + "/" + GeminiReplies.MODEL)
                .addUserMessage("What is the weather in Florence?")
                .addTool(ChatCompletionFunctionTool.builder()
                        .function(FunctionDefinition.builder()
                                .name(GeminiReplies.TOOL_NAME)
                                .description("The weather at a place")
                                .parameters(parameters)
                                .build())
                        .build())
                .reasoningEffort(ReasoningEffort.LOW)
                .streamOptions(
                        ChatCompletionStreamOptions.builder().includeUsage(true).build());
    }

    /** The second turn: the call sent back with the thinking blocks the stream delivered, and its result. */
    static ChatCompletionCreateParams answerTurn(
            String provider, ChatCompletionMessageFunctionToolCall call, List<JsonNode> blocks) {
        var assistant = ChatCompletionAssistantMessageParam.builder()
                .addToolCall(call)
                .putAdditionalProperty("thinking_blocks", JsonValue.fromJsonNode(UpstreamStub.JSON.valueToTree(blocks)))
                .build();
        var result = ChatCompletionToolMessageParam.builder()
                .toolCallId(call.id())
                .content(GeminiReplies.TOOL_RESULT)
                .build();
        return conversation(provider).addMessage(assistant).addMessage(result).build();
    }
}
