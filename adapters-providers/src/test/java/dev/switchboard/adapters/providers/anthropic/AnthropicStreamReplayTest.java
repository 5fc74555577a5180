package dev.switchboard.adapters.providers.anthropic;

import static dev.switchboard.adapters.providers.anthropic.AnthropicRequests.REDACTED;
import static dev.switchboard.adapters.providers.anthropic.AnthropicRequests.SIGNATURE;
import static dev.switchboard.adapters.providers.testing.Contexts.drain;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static dev.switchboard.adapters.providers.testing.Replies.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ReasoningBlock;
import dev.switchboard.domain.chat.ResponseFormat;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recorded and documented Messages API streams in, the exact domain events they mean out. */
class AnthropicStreamReplayTest {

    private static final ChatRequest REQUEST = ChatRequest.of("claude-sonnet-4-5", Message.user("hi"));

    private StubUpstream stub;
    private ModelProvider anthropic;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        anthropic = new AnthropicProviderFactory()
                .create(settings(
                        "claude", "anthropic", "base_url", stub.base("").toString()));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    static List<ChatEvent> replay(StubUpstream stub, ModelProvider provider, String body, ChatRequest request) {
        stub.on("/v1/messages", sse(body));
        return drain(provider.stream(request, withKey()));
    }

    private List<ChatEvent> replay(String file) {
        return replay(stub, anthropic, resource("anthropic/streams/" + file), REQUEST);
    }

    @Test
    void text_arrives_as_text_deltas_then_the_finish_and_usage() {
        assertThat(replay("text.sse"))
                .containsExactly(
                        new ChatEvent.Started("msg_01XFDUDYJgAACzvnptvVoYEL", "claude-sonnet-4-5-20250929"),
                        new ChatEvent.TextDelta(0, "Hello"),
                        new ChatEvent.TextDelta(0, " there!"),
                        new ChatEvent.Finished(0, FinishReason.STOP),
                        new ChatEvent.UsageReported(Usage.of(11, 6)));
    }

    @Test
    void tool_calls_get_index_id_and_name_first_and_argument_fragments_after() {
        var events = replay("tool-use.sse");

        assertThat(events)
                .containsExactly(
                        new ChatEvent.Started("msg_019Q1hrJbZG26Fb9BQhrkHEr", "claude-sonnet-4-20250514"),
                        new ChatEvent.TextDelta(0, "I'll check the weather in Paris."),
                        new ChatEvent.ToolCallDelta(0, 0, "toolu_01NRLabsLyVHZPKxbKvkfSMn", "get_weather", ""),
                        new ChatEvent.ToolCallDelta(0, 0, null, null, "{\"locati"),
                        new ChatEvent.ToolCallDelta(0, 0, null, null, "on\": \"Par"),
                        new ChatEvent.ToolCallDelta(0, 0, null, null, "is\"}"),
                        new ChatEvent.ToolCallDelta(0, 1, "toolu_02KpXq7fLmW3", "get_time", ""),
                        new ChatEvent.ToolCallDelta(0, 1, null, null, "{\"zone\": \"Europe/Paris\"}"),
                        new ChatEvent.Finished(0, FinishReason.TOOL_CALLS),
                        new ChatEvent.UsageReported(Usage.of(377, 65)));
        assertThat(ProviderJson.tree(arguments(events, 0).getBytes(StandardCharsets.UTF_8), "arguments"))
                .isEqualTo(ProviderJson.tree("{\"location\":\"Paris\"}".getBytes(StandardCharsets.UTF_8), "expected"));
    }

    @Test
    void thinking_streams_as_reasoning_and_each_block_ends_whole_with_its_signature() {
        assertThat(replay("thinking-tool-use.sse"))
                .containsExactly(
                        new ChatEvent.Started("msg_01WBeG2NaYQ8w99747S3n8MZ", "claude-sonnet-4-20250514"),
                        new ChatEvent.ReasoningDelta(0, "The user asks for the weather"),
                        new ChatEvent.ReasoningDelta(0, " in Florence, Italy."),
                        ChatEvent.ReasoningDelta.ended(
                                0,
                                new ReasoningBlock.Thinking(
                                        "The user asks for the weather in Florence, Italy.", SIGNATURE)),
                        ChatEvent.ReasoningDelta.ended(0, new ReasoningBlock.Redacted(REDACTED)),
                        new ChatEvent.ToolCallDelta(0, 0, "toolu_0171KFcBwn1Z64XzvQfz3sZS", "weather", ""),
                        new ChatEvent.ToolCallDelta(0, 0, null, null, "{\"location"),
                        new ChatEvent.ToolCallDelta(0, 0, null, null, "\": \"Florence, Italy\"}"),
                        new ChatEvent.Finished(0, FinishReason.TOOL_CALLS),
                        new ChatEvent.UsageReported(Usage.of(423, 119)));
    }

    @Test
    void max_tokens_is_a_length_finish_and_cached_input_counts_into_the_prompt() {
        assertThat(replay("max-tokens.sse"))
                .containsExactly(
                        new ChatEvent.Started("msg_01MaxTok3nsExample", "claude-haiku-4-5-20251001"),
                        new ChatEvent.TextDelta(0, "Once upon a"),
                        new ChatEvent.Finished(0, FinishReason.LENGTH),
                        new ChatEvent.UsageReported(new Usage(1920, 3, 1800, 0, false)));
    }

    @Test
    void a_refusal_is_a_content_filter_finish() {
        assertThat(replay("refusal.sse"))
                .containsExactly(
                        new ChatEvent.Started("msg_01RefusalExample1", "claude-sonnet-4-5-20250929"),
                        new ChatEvent.Finished(0, FinishReason.CONTENT_FILTER),
                        new ChatEvent.UsageReported(Usage.of(30, 2)));
    }

    @Test
    void an_overloaded_error_inside_a_200_stream_is_thrown_after_the_events_before_it() {
        stub.on("/v1/messages", sse(resource("anthropic/streams/error-overloaded.sse")));
        var read = new ArrayList<ChatEvent>();

        try (var stream = anthropic.stream(REQUEST, withKey())) {
            assertThatThrownBy(() -> stream.forEach(read::add))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure())
                                    .isEqualTo(new ProviderFailure.Unavailable(
                                            529, "the upstream answered HTTP 529: Overloaded")));
        }
        assertThat(read)
                .containsExactly(
                        new ChatEvent.Started("msg_01Overloaded0001", "claude-sonnet-4-5-20250929"),
                        new ChatEvent.TextDelta(0, "Partial"));
    }

    @Test
    void a_rate_limit_error_inside_a_stream_is_rate_limited_and_an_unknown_one_unavailable() {
        String limited = "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\","
                + "\"message\":\"Slow down\"}}\n\n";
        String unknown = "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"cosmic_ray\","
                + "\"message\":\"Bit flip\"}}\n\n";

        assertThatThrownBy(() -> replay(stub, anthropic, limited, REQUEST))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isEqualTo(new ProviderFailure.RateLimited("Slow down", null)));
        assertThatThrownBy(() -> replay(stub, anthropic, unknown, REQUEST))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.Unavailable.class));
    }

    @Test
    void a_json_answer_streams_as_text_and_finishes_as_a_stop() {
        String body = """
                event: message_start
                data: {"type":"message_start","message":{"id":"msg_1","model":"claude","usage":{"input_tokens":9}}}

                event: content_block_start
                data: {"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"t1","name":"json_response","input":{}}}

                event: content_block_delta
                data: {"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"{\\"city\\": "}}

                event: content_block_delta
                data: {"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"\\"Paris\\"}"}}

                event: content_block_stop
                data: {"type":"content_block_stop","index":0}

                event: message_delta
                data: {"type":"message_delta","delta":{"stop_reason":"tool_use"},"usage":{"output_tokens":7}}

                event: message_stop
                data: {"type":"message_stop"}

                """;
        var request = ChatRequest.builder("claude")
                .message(Message.user("Paris as JSON"))
                .responseFormat(ResponseFormat.JSON_OBJECT)
                .build();

        assertThat(replay(stub, anthropic, body, request))
                .containsExactly(
                        new ChatEvent.Started("msg_1", "claude"),
                        new ChatEvent.TextDelta(0, "{\"city\": "),
                        new ChatEvent.TextDelta(0, "\"Paris\"}"),
                        new ChatEvent.Finished(0, FinishReason.STOP),
                        new ChatEvent.UsageReported(Usage.of(9, 7)));
    }

    @Test
    void unknown_events_and_blocks_and_events_after_message_stop_mean_nothing() {
        String text = resource("anthropic/streams/text.sse");
        String extra = """
                event: content_block_start
                data: {"type":"content_block_start","index":5,"content_block":{"type":"server_tool_use","id":"s1"}}

                event: content_block_delta
                data: {"type":"content_block_delta","index":5,"delta":{"type":"citations_delta","citation":{}}}

                event: content_block_stop
                data: {"type":"content_block_stop","index":5}

                event: future_event
                data: {"type":"future_event"}

                data:

                """;
        String body = text.replace("event: message_delta", extra + "event: message_delta")
                + "event: message_start\ndata: {\"type\":\"message_start\"}\n\n";

        assertThat(replay(stub, anthropic, body, REQUEST))
                .hasSize(5)
                .last()
                .isInstanceOf(ChatEvent.UsageReported.class);
    }

    @Test
    void a_stream_cut_before_message_stop_fails_with_network() {
        String cut = resource("anthropic/streams/text.sse")
                .replace("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n", "");

        assertThatThrownBy(() -> replay(stub, anthropic, cut, REQUEST))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.Network.class));
    }

    @Test
    void events_outside_the_format_are_malformed() {
        for (String body : List.of(
                "event: message_start\ndata: {not json\n\n",
                "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":3,\"delta\":{}}\n\n",
                "event: content_block_stop\ndata: {\"type\":\"content_block_stop\"}\n\n",
                "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":7}}\n\n")) {
            assertThatThrownBy(() -> replay(stub, anthropic, body, REQUEST))
                    .as(body)
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.MalformedResponse.class));
        }
    }

    private static String arguments(List<ChatEvent> events, int index) {
        var text = new StringBuilder();
        for (ChatEvent event : events) {
            if (event instanceof ChatEvent.ToolCallDelta call && call.index() == index)
                text.append(call.argumentsPart());
        }
        return text.toString();
    }
}
