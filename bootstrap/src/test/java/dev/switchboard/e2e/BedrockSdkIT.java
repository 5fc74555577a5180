package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.core.http.StreamResponse;
import com.openai.errors.SseException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.Model;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged gateway over a stub AWS Bedrock ({@link BedrockGateway}), driven by the official OpenAI Java SDK: a
 * streamed tool call with reasoning from a binary ConverseStream, a whole chat answer, Titan embeddings and the model
 * list with an inference profile. The stub checks that every call was SigV4-signed with the auth profile's key.
 */
class BedrockSdkIT {

    @TempDir
    static Path workDir;

    private static BedrockGateway switchboard;

    @BeforeAll
    static void start_the_gateway_over_a_stub_bedrock() throws Exception {
        switchboard = BedrockGateway.start(workDir);
    }

    @AfterAll
    static void stop_the_gateway() throws Exception {
        if (switchboard != null) switchboard.close();
    }

    @AfterEach
    void every_call_was_signed_for_the_profile_region_and_service() {
        assertThat(switchboard.upstream().takeProblems()).as(switchboard::log).isEmpty();
    }

    @Test
    void streams_a_tool_call_whose_arguments_parse_to_the_json_bedrock_streamed() {
        var params = BedrockGateway.toolConversation()
                .streamOptions(
                        ChatCompletionStreamOptions.builder().includeUsage(true).build())
                .build();
        List<ChatCompletionChunk> chunks;
        try (StreamResponse<ChatCompletionChunk> stream =
                switchboard.client().chat().completions().createStreaming(params)) {
            chunks = stream.stream().toList();
        }

        var choice = AnthropicChunks.accumulate(chunks).choices().getFirst();
        assertThat(choice.finishReason()).as(switchboard::log).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        var call = AnthropicChunks.onlyCall(choice.message());
        assertThat(call.id()).isEqualTo(BedrockFrames.TOOL_ID);
        assertThat(call.function().name()).isEqualTo(BedrockFrames.TOOL_NAME);
        assertThat(parse(call.function().arguments())).isEqualTo(parse(BedrockFrames.ARGUMENTS));
        assertThat(AnthropicChunks.argumentFragments(chunks)).containsExactlyElementsOf(BedrockFrames.ARGUMENT_PIECES);
        assertThat(choice.message().content()).hasValue("Let me check.");
        assertThat(AnthropicChunks.reasoning(chunks)).isEqualTo(BedrockFrames.THINKING);
        assertThat(AnthropicChunks.thinkingBlocks(chunks))
                .containsExactly(parse("{\"type\":\"thinking\",\"thinking\":\"" + BedrockFrames.THINKING
                        + "\",\"signature\":\"" + BedrockFrames.SIGNATURE + "\"}"));
        assertThat(chunks.getLast().usage())
                .hasValueSatisfying(usage -> assertThat(List.of(usage.promptTokens(), usage.completionTokens()))
                        .containsExactly(412L, 58L));
        JsonNode sent = parse(switchboard
                .upstream()
                .last("/model/" + BedrockFrames.MODEL + "/converse-stream")
                .body());
        assertThat(sent.at("/messages/0/content/0/text").asText()).isEqualTo("What is the weather in Paris?");
        assertThat(sent.at("/toolConfig/tools/0/toolSpec/name").asText()).isEqualTo(BedrockFrames.TOOL_NAME);
        assertThat(sent.at("/toolConfig/tools/0/toolSpec/inputSchema/json/properties/city/type")
                        .asText())
                .isEqualTo("string");
        assertThat(sent.at("/additionalModelRequestFields/thinking/budget_tokens")
                        .asInt())
                .isEqualTo(2048);
        assertThat(sent.at("/inferenceConfig/maxTokens").asInt()).isEqualTo(8000);
    }

    @Test
    void an_in_stream_throttling_exception_reaches_the_sdk_as_an_error_after_the_text_before_it() {
        var request = ChatCompletionCreateParams.builder()
                .model(BedrockGateway.LIMITED_PROVIDER + "/" + BedrockFrames.THROTTLED_MODEL)
                .addUserMessage("hi")
                .build();
        var text = new StringBuilder();

        var error = catchThrowableOfType(SseException.class, () -> {
            try (var stream = switchboard.client().chat().completions().createStreaming(request)) {
                stream.stream()
                        .flatMap(chunk -> chunk.choices().stream())
                        .forEach(choice -> choice.delta().content().ifPresent(text::append));
            }
        });

        assertThat(error).as(switchboard::log).isNotNull();
        assertThat(text).hasToString("Hel");
        assertThat(error.getMessage()).contains("Too many tokens").doesNotContain("Exception");
    }

    @Test
    void answers_a_whole_chat_completion() {
        ChatCompletion completion = switchboard
                .client()
                .chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model(BedrockGateway.PROVIDER + "/" + BedrockFrames.MODEL)
                        .addSystemMessage("You are terse.")
                        .addUserMessage("Weather?")
                        .temperature(0.2)
                        .build());

        var choice = completion.choices().getFirst();
        assertThat(choice.message().content()).as(switchboard::log).hasValue("Sunny, 21 °C.");
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        assertThat(completion.id()).startsWith("chatcmpl-");
        assertThat(completion.usage())
                .hasValueSatisfying(usage -> assertThat(usage.totalTokens()).isEqualTo(27));
        JsonNode sent = parse(switchboard
                .upstream()
                .last("/model/" + BedrockFrames.MODEL + "/converse")
                .body());
        assertThat(sent.at("/system/0/text").asText()).isEqualTo("You are terse.");
        assertThat(sent.at("/inferenceConfig/temperature").asDouble())
                .isEqualTo(0.2, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void embeds_with_titan_through_invoke_model() {
        var response = switchboard
                .client()
                .embeddings()
                .create(EmbeddingCreateParams.builder()
                        .model(BedrockGateway.PROVIDER + "/amazon.titan-embed-text-v2:0")
                        .input("hello there")
                        .build());

        assertThat(response.data().getFirst().embedding()).as(switchboard::log).containsExactly(0.5f, -0.25f, 0.125f);
        assertThat(response.usage().promptTokens()).isEqualTo(2);
        JsonNode sent = parse(switchboard
                .upstream()
                .last("/model/amazon.titan-embed-text-v2:0/invoke")
                .body());
        assertThat(sent.path("inputText").asText()).isEqualTo("hello there");
        assertThat(sent.path("normalize").asBoolean()).isTrue();
    }

    @Test
    void lists_foundation_models_and_the_cross_region_inference_profile() {
        var ids = switchboard.client().models().list().data().stream()
                .map(Model::id)
                .toList();

        assertThat(ids)
                .as(switchboard::log)
                .contains(
                        BedrockGateway.PROVIDER + "/" + BedrockFrames.MODEL,
                        BedrockGateway.PROVIDER + "/" + BedrockFrames.PROFILE,
                        BedrockGateway.PROVIDER + "/amazon.titan-embed-text-v2:0");
        assertThat(ids).doesNotContain(BedrockGateway.PROVIDER + "/anthropic.claude-sonnet-4-20250514-v1:0");
    }

    private static JsonNode parse(String json) {
        return AnthropicUpstream.parse(json);
    }
}
