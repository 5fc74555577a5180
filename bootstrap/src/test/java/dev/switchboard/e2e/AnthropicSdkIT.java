package dev.switchboard.e2e;

import static dev.switchboard.e2e.AnthropicReplies.MODEL;
import static dev.switchboard.e2e.AnthropicUpstream.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.RateLimitException;
import com.openai.errors.SseException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.completions.CompletionUsage;
import com.openai.models.models.Model;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged gateway over a stub Anthropic upstream ({@link AnthropicGateway}), driven by the official OpenAI Java
 * SDK: a streamed tool call with thinking whose arguments arrive whole, the next turn sending every thinking block
 * back with its signature, vision with system messages, an error inside a stream, a rate limit and the model list.
 * Each test asserts what the SDK received and what the upstream was sent.
 */
class AnthropicSdkIT {

    @TempDir
    static Path workDir;

    private static AnthropicGateway switchboard;

    @BeforeAll
    static void start_the_gateway_over_a_stub_anthropic() throws Exception {
        switchboard = AnthropicGateway.start(workDir);
    }

    @AfterAll
    static void stop_the_gateway() throws Exception {
        if (switchboard != null) switchboard.close();
    }

    @AfterEach
    void the_upstream_received_only_well_formed_requests() {
        assertThat(switchboard.upstream().takeProblems()).as(switchboard::log).isEmpty();
    }

    @Test
    void streams_a_tool_call_whose_arguments_parse_to_the_json_the_upstream_streamed() {
        List<ChatCompletionChunk> chunks = stream(AnthropicSdkRequests.toolTurn());

        var choice = AnthropicChunks.accumulate(chunks).choices().getFirst();
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        var call = AnthropicChunks.onlyCall(choice.message());
        assertThat(call.id()).isEqualTo(AnthropicReplies.TOOL_ID);
        assertThat(call.function().name()).isEqualTo(AnthropicReplies.TOOL_NAME);
        assertThat(parse(call.function().arguments())).isEqualTo(parse(AnthropicReplies.ARGUMENTS));
        assertThat(AnthropicChunks.argumentFragments(chunks))
                .as("each fragment passed on as it came")
                .containsExactlyElementsOf(
                        AnthropicReplies.ARGUMENT_PIECES.subList(1, AnthropicReplies.ARGUMENT_PIECES.size()));
        assertThat(AnthropicChunks.reasoning(chunks)).isEqualTo(AnthropicReplies.THINKING);
        assertThat(AnthropicChunks.thinkingBlocks(chunks))
                .containsExactlyElementsOf(AnthropicUpstream.thinkingBlocks());
        assertThat(chunks.getLast().choices()).isEmpty();
        assertThat(chunks.getLast().usage()).hasValueSatisfying(usage -> assertUsage(usage, 523, 119, 100));
        JsonNode sent = lastSent(MODEL);
        assertThat(sent.path("stream").asBoolean()).isTrue();
        assertThat(sent.path("max_tokens").asLong()).isEqualTo(AnthropicSdkRequests.MAX_TOKENS);
        assertThat(sent.path("thinking")).isEqualTo(parse("{\"type\":\"enabled\",\"budget_tokens\":2048}"));
        assertThat(sent.at("/tools/0/name").asText()).isEqualTo(AnthropicReplies.TOOL_NAME);
        assertThat(sent.at("/tools/0/input_schema/properties/location/type").asText())
                .isEqualTo("string");
        assertThat(sent.has("reasoning_effort") || sent.has("stream_options")).isFalse();
        assertThat(sent.path("messages")).isEqualTo(parse(userTurn(AnthropicSdkRequests.QUESTION)));
    }

    @Test
    void sends_the_thinking_blocks_back_unchanged_in_the_next_turn_of_the_tool_loop() {
        List<ChatCompletionChunk> first = stream(AnthropicSdkRequests.toolTurn());
        var call = AnthropicChunks.onlyCall(
                AnthropicChunks.accumulate(first).choices().getFirst().message());
        // The blocks came in separate chunks; the client sends them back together, in order.
        JsonValue blocks = JsonValue.fromJsonNode(UpstreamStub.JSON.valueToTree(AnthropicChunks.thinkingBlocks(first)));

        List<ChatCompletionChunk> second = stream(AnthropicSdkRequests.answerTurn(call, blocks));

        var choice = AnthropicChunks.accumulate(second).choices().getFirst();
        assertThat(choice.message().content()).as(switchboard::log).hasValue(AnthropicReplies.ANSWER);
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        JsonNode messages = lastSent(MODEL).path("messages");
        assertThat(messages.findValuesAsText("role")).containsExactly("user", "assistant", "user");
        assertThat(messages.at("/1/content"))
                .as("the thinking blocks first and unchanged, then the call")
                .isEqualTo(AnthropicUpstream.assistantTurn());
        assertThat(messages.at("/2/content")).isEqualTo(AnthropicUpstream.toolResults());
    }

    @Test
    void lifts_system_messages_and_sends_a_data_url_as_a_base64_image() {
        ChatCompletion completion =
                switchboard.client().chat().completions().create(AnthropicSdkRequests.imageWithTwoSystemMessages());

        var choice = completion.choices().getFirst();
        assertThat(choice.message().content()).hasValue(AnthropicReplies.DESCRIPTION);
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        assertThat(completion.usage()).hasValueSatisfying(usage -> assertUsage(usage, 45, 6, 10));
        JsonNode sent = lastSent(MODEL);
        assertThat(sent.path("system").asText()).isEqualTo("You are terse.\n\nAnswer in French.");
        assertThat(sent.path("messages").findValuesAsText("role")).containsExactly("user", "assistant", "user");
        assertThat(sent.at("/messages/0/content/1")).isEqualTo(parse(pngBlock()));
        assertThat(sent.at("/messages/2/content/0/text").asText()).isEqualTo("And its colour?");
        assertThat(sent.path("max_tokens").asInt()).isEqualTo(AnthropicGateway.DEFAULT_MAX_TOKENS);
        assertThat(sent.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(sent.path("stop_sequences")).isEqualTo(parse("[\"\\n\\nHuman:\"]"));
        assertThat(sent.at("/metadata/user_id").asText()).isEqualTo("user-42");
        assertThat(sent.has("seed") || sent.has("frequency_penalty") || sent.has("stream"))
                .isFalse();
    }

    @Test
    void raises_in_the_sdks_stream_when_anthropic_reports_overloaded_mid_stream() {
        var request = AnthropicSdkRequests.ask(AnthropicGateway.PROVIDER, AnthropicReplies.OVERLOADED);
        var text = new StringBuilder();

        var error = catchThrowableOfType(SseException.class, () -> {
            try (var stream = switchboard.client().chat().completions().createStreaming(request)) {
                stream.stream()
                        .flatMap(chunk -> chunk.choices().stream())
                        .forEach(choice -> choice.delta().content().ifPresent(text::append));
            }
        });

        assertThat(error).as(switchboard::log).isNotNull();
        assertThat(text).hasToString(AnthropicReplies.PARTIAL);
        assertThat(error.getMessage()).contains("Overloaded");
        assertThat(error.code()).hasValue("upstream_unavailable");
    }

    @Test
    void reports_an_anthropic_429_as_a_rate_limit_with_its_retry_after() {
        var request = AnthropicSdkRequests.ask(AnthropicGateway.LIMITED_PROVIDER, AnthropicReplies.BUSY);

        var error = catchThrowableOfType(
                RateLimitException.class,
                () -> switchboard.client().chat().completions().create(request));

        assertThat(error).as(switchboard::log).isNotNull();
        assertThat(error.statusCode()).isEqualTo(429);
        assertThat(error.headers().values("Retry-After")).containsExactly(AnthropicReplies.RETRY_AFTER_SECONDS);
        assertThat(error.code()).hasValue("rate_limit_exceeded");
        assertThat(error.getMessage()).doesNotContain(AnthropicUpstream.LIMITED_KEY);
        var sent = switchboard.upstream().lastMessages(AnthropicReplies.BUSY);
        assertThat(AnthropicUpstream.header(sent, "x-api-key")).isEqualTo(AnthropicUpstream.LIMITED_KEY);
    }

    @Test
    void lists_the_models_of_both_providers_from_anthropics_model_list() {
        var ids = switchboard.client().models().list().data().stream()
                .map(Model::id)
                .toList();

        assertThat(ids)
                .contains(AnthropicGateway.PROVIDER + "/" + MODEL, AnthropicGateway.LIMITED_PROVIDER + "/" + MODEL);
    }

    private static List<ChatCompletionChunk> stream(ChatCompletionCreateParams params) {
        try (StreamResponse<ChatCompletionChunk> stream =
                switchboard.client().chat().completions().createStreaming(params)) {
            return stream.stream().toList();
        }
    }

    private static JsonNode lastSent(String model) {
        return AnthropicUpstream.json(switchboard.upstream().lastMessages(model));
    }

    private static void assertUsage(CompletionUsage usage, long prompt, long completion, long cached) {
        assertThat(List.of(usage.promptTokens(), usage.completionTokens(), usage.totalTokens()))
                .containsExactly(prompt, completion, prompt + completion);
        assertThat(usage.promptTokensDetails().flatMap(details -> details.cachedTokens()))
                .hasValue(cached);
    }

    private static String userTurn(String text) {
        return "[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"%s\"}]}]".formatted(text);
    }

    private static String pngBlock() {
        String block =
                "{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":\"image/png\",\"data\":\"%s\"}}";
        return block.formatted(AnthropicReplies.PNG_BASE64);
    }
}
