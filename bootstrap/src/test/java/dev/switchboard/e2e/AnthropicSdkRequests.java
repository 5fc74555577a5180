package dev.switchboard.e2e;

import com.openai.core.JsonValue;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.ReasoningEffort;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionContentPart;
import com.openai.models.chat.completions.ChatCompletionContentPartImage;
import com.openai.models.chat.completions.ChatCompletionContentPartText;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import java.util.List;
import java.util.Map;

/**
 * The requests {@link AnthropicSdkIT} builds with the OpenAI SDK, as a client of an Anthropic model through an
 * OpenAI-compatible gateway writes them.
 */
final class AnthropicSdkRequests {

    static final String QUESTION = "What is the weather in Florence?";
    static final long MAX_TOKENS = 8000;

    private AnthropicSdkRequests() {}

    /** The first turn: a question, the weather tool, low reasoning effort, usage asked for. */
    static ChatCompletionCreateParams toolTurn() {
        return conversation()
                .streamOptions(
                        ChatCompletionStreamOptions.builder().includeUsage(true).build())
                .build();
    }

    /**
     * The second turn: the question, the assistant's tool call with the thinking blocks the stream delivered (sent back
     * as {@code thinking_blocks}, an extra field the SDK passes on unchanged), and the tool's result.
     */
    static ChatCompletionCreateParams answerTurn(ChatCompletionMessageFunctionToolCall call, JsonValue thinkingBlocks) {
        var assistant = ChatCompletionAssistantMessageParam.builder()
                .addToolCall(call)
                .putAdditionalProperty("thinking_blocks", thinkingBlocks)
                .build();
        var result = ChatCompletionToolMessageParam.builder()
                .toolCallId(call.id())
                .content(AnthropicReplies.TOOL_RESULT)
                .build();
        return conversation().addMessage(assistant).addMessage(result).build();
    }

    /** A non-streamed turn with an image, a system message before the conversation and another in its middle. */
    static ChatCompletionCreateParams imageWithTwoSystemMessages() {
        var question = ChatCompletionContentPart.ofText(ChatCompletionContentPartText.builder()
                .text("What is in this image?")
                .build());
        var image = ChatCompletionContentPart.ofImageUrl(ChatCompletionContentPartImage.builder()
                .imageUrl(ChatCompletionContentPartImage.ImageUrl.builder()
                        .url("data:image/png;base64," + AnthropicReplies.PNG_BASE64)
                        .build())
                .build());
        return ChatCompletionCreateParams.builder()
                .model(AnthropicGateway.PROVIDER + "/" + AnthropicReplies.MODEL)
                .addSystemMessage("You are terse.")
                .addUserMessageOfArrayOfContentParts(List.of(question, image))
                .addAssistantMessage("A pixel.")
                .addSystemMessage("Answer in French.")
                .addUserMessage("And its colour?")
                .temperature(0.2)
                .stop("\n\nHuman:")
                .user("user-42")
                .seed(7)
                .frequencyPenalty(0.5)
                .build();
    }

    /** A plain question to {@code provider/model}. */
    static ChatCompletionCreateParams ask(String provider, String model) {
        return ChatCompletionCreateParams.builder()
                .model(provider + "/" + model)
                .addUserMessage("Say hello")
                .build();
    }

    private static ChatCompletionCreateParams.Builder conversation() {
        return ChatCompletionCreateParams.builder()
                .model(AnthropicGateway.PROVIDER + "/" + AnthropicReplies.MODEL)
                .addUserMessage(QUESTION)
                .addTool(weatherTool())
                .reasoningEffort(ReasoningEffort.LOW)
                .maxCompletionTokens(MAX_TOKENS);
    }

    private static ChatCompletionFunctionTool weatherTool() {
        var parameters = FunctionParameters.builder()
                .putAdditionalProperty("type", JsonValue.from("object"))
                .putAdditionalProperty("properties", JsonValue.from(Map.of("location", Map.of("type", "string"))))
                .putAdditionalProperty("required", JsonValue.from(List.of("location")))
                .build();
        return ChatCompletionFunctionTool.builder()
                .function(FunctionDefinition.builder()
                        .name(AnthropicReplies.TOOL_NAME)
                        .description("The weather at a place")
                        .parameters(parameters)
                        .build())
                .build();
    }
}
