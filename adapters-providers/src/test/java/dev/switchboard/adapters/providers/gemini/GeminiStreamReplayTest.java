package dev.switchboard.adapters.providers.gemini;

import static dev.switchboard.adapters.providers.testing.Contexts.drain;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static dev.switchboard.adapters.providers.testing.Replies.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ReasoningBlock;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Gemini streams, with their CRLF event separators and no terminator, in; the exact domain events out. */
class GeminiStreamReplayTest {

    static final String PATH = "/v1beta/models/gemini-2.5-flash:streamGenerateContent";
    static final ChatRequest REQUEST = ChatRequest.of("gemini-2.5-flash", Message.user("hi"));

    private StubUpstream stub;
    private ModelProvider gemini;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        gemini = new GeminiProviderFactory()
                .create(settings("gemini", "gemini", "base_url", stub.base("").toString()));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private List<ChatEvent> replay(String file) {
        stub.on(PATH, sse(resource("gemini/streams/" + file)));
        return drain(gemini.stream(REQUEST, withKey()));
    }

    @Test
    void text_arrives_as_deltas_and_ends_with_the_finish_and_the_last_usage() {
        assertThat(replay("text.sse"))
                .containsExactly(
                        new ChatEvent.Started("38CHaLjMG6TujrEPtvTiuQk", "gemini-2.0-flash"),
                        new ChatEvent.TextDelta(0, "The"),
                        new ChatEvent.TextDelta(0, " capital of Wyoming"),
                        new ChatEvent.TextDelta(0, " is **Cheyenne**.\n"),
                        new ChatEvent.Finished(0, FinishReason.STOP),
                        new ChatEvent.UsageReported(Usage.of(7, 10)));
        var sent = stub.last();
        assertThat(sent.query()).isEqualTo("alt=sse");
        assertThat(sent.header("accept")).isEqualTo("text/event-stream");
    }

    @Test
    void thoughts_stream_as_reasoning_then_the_whole_call_with_its_signature_as_a_block() {
        var events = replay("thinking-function-call.sse");

        String thought = "**Thinking Through the New Year's Eve Calculation**\n\n"
                + "Okay, so the user wants to know how many days until New Year's Eve.";
        assertThat(events)
                .containsExactly(
                        new ChatEvent.Started("w8CHaKbLM9yYjrEP6s3o-Qs", "gemini-2.5-pro"),
                        new ChatEvent.ReasoningDelta(0, "**Thinking Through the New Year's Eve Calculation**\n\n"),
                        new ChatEvent.ReasoningDelta(
                                0, "Okay, so the user wants to know how many days until New Year's Eve."),
                        new ChatEvent.ToolCallDelta(0, 0, GeminiResponsesTest.NOW_STREAM_ID, "now", "{}"),
                        ChatEvent.ReasoningDelta.ended(
                                0, new ReasoningBlock.Thinking(thought, "CtQOAVSoXO74PmYr9AFurEIJNTAtfagOIxtRA5Fc")),
                        new ChatEvent.Finished(0, FinishReason.TOOL_CALLS),
                        new ChatEvent.UsageReported(new Usage(38, 509, 0, 501, false)));
    }

    @Test
    void the_same_stream_gets_the_same_tool_call_ids_every_time() {
        var first = replay("thinking-function-call.sse");
        var second = replay("thinking-function-call.sse");

        assertThat(first.get(3)).isEqualTo(second.get(3));
        assertThat(((ChatEvent.ToolCallDelta) first.get(3)).id()).matches("call_[0-9a-f]{24}");
    }

    @Test
    void max_tokens_is_length_even_when_the_last_event_has_no_parts() {
        assertThat(replay("max-tokens.sse"))
                .containsExactly(
                        new ChatEvent.Started("mX1tk", "gemini-2.5-flash"),
                        new ChatEvent.TextDelta(0, "Once upon a time, in a land far"),
                        new ChatEvent.Finished(0, FinishReason.LENGTH),
                        new ChatEvent.UsageReported(new Usage(5, 28, 0, 18, false)));
    }

    @Test
    void a_safety_stop_is_a_content_filter_finish() {
        assertThat(replay("safety.sse"))
                .contains(new ChatEvent.TextDelta(0, "I can"), new ChatEvent.Finished(0, FinishReason.CONTENT_FILTER));
    }

    @Test
    void a_blocked_prompt_fails_the_stream_naming_the_reason() {
        stub.on(PATH, sse(resource("gemini/streams/prompt-blocked.sse")));

        try (var stream = gemini.stream(REQUEST, withKey())) {
            assertThatThrownBy(() -> stream.forEach(event -> {}))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure())
                                    .isEqualTo(new ProviderFailure.InvalidRequest(
                                            "Gemini blocked the prompt (blockReason SAFETY)", "messages")));
        }
    }

    @Test
    void an_error_event_after_text_fails_the_stream_as_the_upstream_failing() {
        stub.on(PATH, sse(resource("gemini/streams/midstream-error.sse")));
        var seen = new java.util.ArrayList<ChatEvent>();

        try (var stream = gemini.stream(REQUEST, withKey())) {
            assertThatThrownBy(() -> stream.forEach(seen::add))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure())
                                    .isInstanceOfSatisfying(ProviderFailure.Unavailable.class, failure -> {
                                        assertThat(failure.status()).isEqualTo(500);
                                        assertThat(failure.message()).contains("An internal error has occurred");
                                    }));
        }
        assertThat(seen).contains(new ChatEvent.TextDelta(0, "Partial answer"));
    }

    @Test
    void a_stream_that_ends_before_any_finish_reason_was_cut_short() {
        stub.on(PATH, sse(resource("gemini/streams/cut-short.sse")));

        try (var stream = gemini.stream(REQUEST, withKey())) {
            assertThatThrownBy(() -> stream.forEach(event -> {}))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.Network.class));
        }
    }

    @Test
    void several_candidates_end_the_stream_only_when_each_has_finished() {
        String body = "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"A\"}]},\"finishReason\":\"STOP\","
                + "\"index\":0}],\"responseId\":\"n2\"}\r\n\r\n"
                + "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"B\"}]},\"finishReason\":\"STOP\","
                + "\"index\":1}],\"usageMetadata\":{\"promptTokenCount\":2,\"candidatesTokenCount\":2},"
                + "\"responseId\":\"n2\"}\r\n\r\n";
        stub.on(PATH, sse(body));
        var request = ChatRequest.builder("gemini-2.5-flash")
                .message(Message.user("hi"))
                .sampling(new dev.switchboard.domain.chat.Sampling(
                        null, null, null, null, null, List.of(), null, 2, null, null))
                .build();

        assertThat(drain(gemini.stream(request, withKey())))
                .containsExactly(
                        new ChatEvent.Started("n2", "gemini-2.5-flash"),
                        new ChatEvent.TextDelta(0, "A"),
                        new ChatEvent.Finished(0, FinishReason.STOP),
                        new ChatEvent.TextDelta(1, "B"),
                        new ChatEvent.Finished(1, FinishReason.STOP),
                        new ChatEvent.UsageReported(Usage.of(2, 2)));
    }
}
