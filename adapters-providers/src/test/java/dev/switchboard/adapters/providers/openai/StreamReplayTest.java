package dev.switchboard.adapters.providers.openai;

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
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recorded and documented streams in, the domain events they mean out. */
class StreamReplayTest {

    private static final ChatRequest REQUEST = ChatRequest.of("gpt-4o", Message.user("hi"));

    private StubUpstream stub;
    private ModelProvider openai;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        openai = new OpenAiProviderFactory()
                .create(settings(
                        "openai", "openai", "base_url", stub.base("/v1").toString()));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private List<ChatEvent> replay(String file) {
        stub.on("/v1/chat/completions", sse(resource("openai/streams/" + file)));
        return drain(openai.stream(REQUEST, withKey()));
    }

    @Test
    void parallel_tool_calls_arrive_as_fragments_keyed_by_index() {
        assertThat(replay("tool-calls.sse"))
                .containsExactly(
                        new ChatEvent.Started("chatcmpl-A8b3Tool", "gpt-4o-2024-08-06"),
                        new ChatEvent.ToolCallDelta(0, 0, "call_JMW1whyEaYG438VE1OIflxA2", "GetWeatherArgs", ""),
                        new ChatEvent.ToolCallDelta(0, 0, null, null, "{\"ci"),
                        new ChatEvent.ToolCallDelta(0, 0, null, null, "ty\": \"Edinburgh\"}"),
                        new ChatEvent.ToolCallDelta(0, 1, "call_DNYTawLBoN8fj3KN6qU9N1Ou", "get_stock_price", ""),
                        new ChatEvent.ToolCallDelta(0, 1, null, null, "{\"ti"),
                        new ChatEvent.ToolCallDelta(0, 1, null, null, "cker\": \"AAPL\"}"),
                        new ChatEvent.Finished(0, FinishReason.TOOL_CALLS),
                        new ChatEvent.UsageReported(Usage.of(149, 60)));
    }

    @Test
    void a_refusal_arrives_as_refusal_deltas() {
        assertThat(replay("refusal.sse"))
                .containsExactly(
                        new ChatEvent.Started("chatcmpl-ABrefuse", "gpt-4o-2024-08-06"),
                        new ChatEvent.RefusalDelta(0, "I'm"),
                        new ChatEvent.RefusalDelta(0, " sorry, I can't assist with that request."),
                        new ChatEvent.Finished(0, FinishReason.STOP));
    }

    @Test
    void logprobs_travel_with_the_text_they_describe() {
        var events = replay("logprobs.sse");

        assertThat(events)
                .extracting(event -> event.getClass().getSimpleName())
                .containsExactly("Started", "Logprobs", "TextDelta", "Logprobs", "TextDelta", "Logprobs", "Finished");
        var second = (ChatEvent.Logprobs) events.get(3);
        var token = ((JsonValue.Arr) ((JsonValue.Obj) second.content()).get("content"))
                .items()
                .getFirst();
        assertThat(((JsonValue.Obj) token).get("token")).isEqualTo(JsonValue.of("Foo"));
        assertThat(events.get(2)).isEqualTo(new ChatEvent.TextDelta(0, "Foo"));
    }

    @Test
    void azure_skips_the_prompt_filter_event_and_reports_a_content_filter_finish() {
        assertThat(replay("azure-content-filter.sse"))
                .containsExactly(
                        new ChatEvent.Started("chatcmpl-CB38DazureX", "gpt-4.1-2025-04-14"),
                        new ChatEvent.TextDelta(0, "Once upon"),
                        new ChatEvent.Finished(0, FinishReason.CONTENT_FILTER),
                        new ChatEvent.UsageReported(Usage.of(12, 3)));
    }

    @Test
    void cerebras_reasoning_becomes_reasoning_deltas_and_usage_may_share_the_finish_chunk() {
        assertThat(replay("cerebras-reasoning.sse"))
                .containsExactly(
                        new ChatEvent.Started("chatcmpl-292e278f-514e-4186-9010-91ce6a14168c", "gpt-oss-120b"),
                        new ChatEvent.ReasoningDelta(0, "The user greets."),
                        new ChatEvent.ReasoningDelta(0, " Answer briefly."),
                        new ChatEvent.TextDelta(0, "Hello!"),
                        new ChatEvent.Finished(0, FinishReason.STOP),
                        new ChatEvent.UsageReported(new Usage(12, 10, 0, 6, false)));
    }

    @Test
    void a_legacy_completion_stream_carries_text_then_finish_then_usage() {
        stub.on("/v1/completions", sse(resource("openai/streams/completions.sse")));

        assertThat(drain(openai.streamText(CompletionRequest.of("gpt-3.5-turbo-instruct", "Say"), withKey())))
                .containsExactly(
                        new ChatEvent.Started("cmpl-7iA7iJjj8V2zOkCGvWF2hAkDWBQZe", "gpt-3.5-turbo-instruct"),
                        new ChatEvent.TextDelta(0, "This"),
                        new ChatEvent.TextDelta(0, " is a test."),
                        new ChatEvent.Finished(0, FinishReason.LENGTH),
                        new ChatEvent.UsageReported(Usage.of(5, 7)));
    }

    @Test
    void an_error_event_line_is_thrown_as_the_failure_it_names() {
        stub.on(
                "/v1/chat/completions",
                sse("event: error\ndata: {\"error\":{\"message\":\"Rate limit hit\","
                        + "\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}\n\n"));

        assertThatThrownBy(() -> drain(openai.stream(REQUEST, withKey())))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure())
                                .isEqualTo(new ProviderFailure.RateLimited("Rate limit hit", null)));
    }

    @Test
    void a_chunk_that_is_not_json_is_a_malformed_answer() {
        stub.on("/v1/chat/completions", sse("data: {not json\n\n"));

        assertThatThrownBy(() -> drain(openai.stream(REQUEST, withKey())))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.MalformedResponse.class));
    }

    @Test
    void comments_blank_data_and_events_after_done_are_ignored() {
        String text = resource("openai/streams/text.sse");
        stub.on("/v1/chat/completions", sse(": keep-alive\n\ndata:\n\n" + text + "data: {\"late\":true}\n\n"));

        var events = drain(openai.stream(REQUEST, withKey()));

        assertThat(events).hasSize(5).last().isInstanceOf(ChatEvent.UsageReported.class);
    }

    @Test
    void the_iterator_is_single_use_and_ends_after_the_last_event() {
        stub.on("/v1/chat/completions", sse(resource("openai/streams/refusal.sse")));
        try (var stream = openai.stream(REQUEST, withKey())) {
            var events = stream.iterator();
            var read = new ArrayList<ChatEvent>();
            events.forEachRemaining(read::add);

            assertThat(events.hasNext()).isFalse();
            assertThatThrownBy(events::next).isInstanceOf(java.util.NoSuchElementException.class);
            assertThatThrownBy(stream::iterator).isInstanceOf(IllegalStateException.class);
            assertThat(read).hasSize(4);
        }
    }
}
