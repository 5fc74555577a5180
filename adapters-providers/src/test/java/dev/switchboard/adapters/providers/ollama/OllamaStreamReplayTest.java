package dev.switchboard.adapters.providers.ollama;

import static dev.switchboard.adapters.providers.ollama.OllamaStubs.ndjson;
import static dev.switchboard.adapters.providers.testing.Contexts.anonymous;
import static dev.switchboard.adapters.providers.testing.Contexts.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.provider.PullProgress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ollama's NDJSON streams, exact wire bytes in, the exact domain events or pull steps they mean out. */
class OllamaStreamReplayTest {

    private static final ChatRequest HELLO = ChatRequest.of("llama3.2", Message.user("why is the sky blue?"));
    private static final String LAYER = "sha256:dde5aa3fc5ffc17176b5e8bdc82f587b24b2678c6c66101bf7da77af9f7ccdff";

    private StubUpstream stub;
    private ModelProvider ollama;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        ollama = OllamaStubs.provider(stub);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private List<ChatEvent> chat(String file) {
        stub.on("/api/chat", ndjson(file));
        return drain(ollama.stream(HELLO, anonymous()));
    }

    @Test
    void text_lines_are_text_deltas_and_the_done_line_the_finish_and_usage() {
        assertThat(chat("chat-text.ndjson"))
                .containsExactly(
                        new ChatEvent.Started("", "llama3.2"),
                        new ChatEvent.TextDelta(0, "The"),
                        new ChatEvent.TextDelta(0, " sky"),
                        new ChatEvent.TextDelta(0, " is blue."),
                        new ChatEvent.Finished(0, FinishReason.STOP),
                        new ChatEvent.UsageReported(Usage.of(26, 282)));
    }

    @Test
    void whole_tool_calls_get_stable_ids_json_text_arguments_and_a_tool_calls_finish() {
        List<ChatEvent> events = chat("chat-tools.ndjson");
        String derived = OllamaToolCalls.id(OllamaStubs.tree("{}"), "llama3.2", "2025-07-07T20:22:19.184789Z", 0);

        assertThat(derived).matches("call_[0-9a-f]{24}");
        assertThat(events)
                .containsExactly(
                        new ChatEvent.Started("", "llama3.2"),
                        new ChatEvent.ToolCallDelta(0, 0, derived, "get_weather", "{\"city\":\"Tokyo\"}"),
                        new ChatEvent.ToolCallDelta(
                                0,
                                1,
                                "call_k3x9p2qa",
                                "get_time",
                                "{\"zone\":\"Asia/Tokyo\",\"format\":{\"hours\":24}}"),
                        new ChatEvent.Finished(0, FinishReason.TOOL_CALLS),
                        new ChatEvent.UsageReported(Usage.of(169, 15)));
        assertThat(chat("chat-tools.ndjson"))
                .as("the same answer, the same ids")
                .isEqualTo(events);
    }

    @Test
    void thinking_streams_as_reasoning_before_the_text_and_a_missing_prompt_count_is_zero() {
        assertThat(chat("chat-thinking.ndjson"))
                .containsExactly(
                        new ChatEvent.Started("", "qwen3"),
                        new ChatEvent.ReasoningDelta(0, "Okay"),
                        new ChatEvent.ReasoningDelta(0, ", the user asks"),
                        new ChatEvent.ReasoningDelta(0, " about 17 × 23."),
                        new ChatEvent.TextDelta(0, "17 × 23"),
                        new ChatEvent.TextDelta(0, " = 391"),
                        new ChatEvent.Finished(0, FinishReason.LENGTH),
                        new ChatEvent.UsageReported(Usage.of(0, 52)));
    }

    @Test
    void generate_lines_stream_their_response_and_top_level_thinking() {
        stub.on("/api/generate", ndjson("generate.ndjson"));

        assertThat(drain(ollama.streamText(CompletionRequest.of("llama3.2", "Why is the sky blue?"), anonymous())))
                .containsExactly(
                        new ChatEvent.Started("", "llama3.2"),
                        new ChatEvent.TextDelta(0, "The"),
                        new ChatEvent.TextDelta(0, " sky"),
                        new ChatEvent.ReasoningDelta(0, " hmm"),
                        new ChatEvent.Finished(0, FinishReason.LENGTH),
                        new ChatEvent.UsageReported(Usage.of(26, 259)));
        assertThat(OllamaStubs.sent(stub).path("stream").asBoolean()).isTrue();
    }

    @Test
    void an_error_line_inside_a_200_stream_is_thrown_after_the_events_before_it() {
        stub.on("/api/generate", ndjson("generate-error.ndjson"));
        var read = new ArrayList<ChatEvent>();

        try (var stream = ollama.streamText(CompletionRequest.of("llama3.2", "Is the sky blue?"), anonymous())) {
            assertThatThrownBy(() -> stream.forEach(read::add))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure())
                                    .isEqualTo(new ProviderFailure.Unavailable(
                                            0,
                                            "the upstream failed during the stream: an error was encountered while"
                                                    + " running the model")));
        }
        assertThat(read)
                .containsExactly(
                        new ChatEvent.Started("", "llama3.2"),
                        new ChatEvent.TextDelta(0, "Yes"),
                        new ChatEvent.TextDelta(0, "."));
    }

    @Test
    void a_stream_that_ends_before_its_done_line_was_cut_short() {
        var lines = OllamaStubs.lines("chat-text.ndjson");
        stub.on("/api/chat", Replies.text(200, "application/x-ndjson", lines.get(0) + lines.get(1)));

        try (var stream = ollama.stream(HELLO, anonymous())) {
            assertThatThrownBy(() -> stream.forEach(event -> {}))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure())
                                    .isEqualTo(new ProviderFailure.Network(
                                            "the upstream's stream ended before it was complete")));
        }
    }

    @Test
    void a_line_that_is_not_json_is_a_malformed_answer() {
        stub.on("/api/chat", Replies.text(200, "application/x-ndjson", "<html>proxy error</html>\n"));

        try (var stream = ollama.stream(HELLO, anonymous())) {
            assertThatThrownBy(() -> stream.forEach(event -> {}))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.MalformedResponse.class));
        }
    }

    @Test
    void pull_lines_are_progress_steps_in_order_up_to_success() {
        stub.on("/api/pull", ndjson("pull.ndjson"));
        var steps = new ArrayList<PullProgress>();
        try (var pull = ollama.puller().orElseThrow().pull("llama3.2", anonymous())) {
            pull.forEach(steps::add);
        }

        assertThat(steps)
                .containsExactly(
                        PullProgress.of("pulling manifest"),
                        new PullProgress("pulling dde5aa3fc5ff", LAYER, 2019377376L, null),
                        new PullProgress("pulling dde5aa3fc5ff", LAYER, 2019377376L, 241970L),
                        new PullProgress("pulling dde5aa3fc5ff", LAYER, 2019377376L, 2019377376L),
                        PullProgress.of("verifying sha256 digest"),
                        PullProgress.of("writing manifest"),
                        PullProgress.of("success"));
        assertThat(OllamaStubs.sent(stub)).isEqualTo(OllamaStubs.tree("{\"model\":\"llama3.2\",\"stream\":true}"));
    }

    @Test
    void an_error_line_mid_pull_naming_a_missing_model_is_model_not_found() {
        stub.on("/api/pull", ndjson("pull-error.ndjson"));
        var steps = new ArrayList<PullProgress>();

        try (var pull = ollama.puller().orElseThrow().pull("llama9", anonymous())) {
            assertThatThrownBy(() -> pull.forEach(steps::add))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure())
                                    .isEqualTo(new ProviderFailure.ModelNotFound(
                                            "pull model manifest: file does not exist")));
        }
        assertThat(steps).containsExactly(PullProgress.of("pulling manifest"));
    }
}
