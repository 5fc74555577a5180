package dev.switchboard.adapters.providers.bedrock;

import static dev.switchboard.adapters.providers.bedrock.BedrockWire.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ReasoningBlock;
import dev.switchboard.domain.chat.Usage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BedrockStreamTest {

    private static final String P = ",\"p\":\"abcdefghijklmnopqrstuvwxyzABCDEFGHIJ\"";

    private final StubUpstream stub = StubUpstream.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void streams_text_and_a_tool_call_as_each_event_arrives() {
        stub.on(
                BedrockWire.CONVERSE_STREAM,
                BedrockWire.stream(List.of(
                        event("messageStart", "{\"role\":\"assistant\"" + P + "}"),
                        event(
                                "contentBlockDelta",
                                "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Let me check\"}" + P + "}"),
                        event(
                                "contentBlockDelta",
                                "{\"contentBlockIndex\":0,\"delta\":{\"text\":\" the weather.\"}" + P + "}"),
                        event("contentBlockStop", "{\"contentBlockIndex\":0" + P + "}"),
                        event(
                                "contentBlockStart",
                                "{\"contentBlockIndex\":1,\"start\":{\"toolUse\":{\"toolUseId\":\"tooluse_kZJMlvQmRJ6eAyJE5GIl7Q\",\"name\":\"get_weather\"}}"
                                        + P + "}"),
                        event(
                                "contentBlockDelta",
                                "{\"contentBlockIndex\":1,\"delta\":{\"toolUse\":{\"input\":\"{\\\"city\\\": \\\"Par\"}}"
                                        + P + "}"),
                        event(
                                "contentBlockDelta",
                                "{\"contentBlockIndex\":1,\"delta\":{\"toolUse\":{\"input\":\"is\\\"}\"}}" + P + "}"),
                        event("contentBlockStop", "{\"contentBlockIndex\":1" + P + "}"),
                        event("messageStop", "{\"stopReason\":\"tool_use\"" + P + "}"),
                        event(
                                "metadata",
                                "{\"metrics\":{\"latencyMs\":912},\"usage\":{\"inputTokens\":412,\"outputTokens\":58,\"totalTokens\":470}"
                                        + P + "}"))));

        List<ChatEvent> events = drain();

        assertThat(events)
                .containsExactly(
                        new ChatEvent.Started("", BedrockWire.MODEL),
                        new ChatEvent.TextDelta(0, "Let me check"),
                        new ChatEvent.TextDelta(0, " the weather."),
                        new ChatEvent.ToolCallDelta(0, 0, "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "get_weather", ""),
                        new ChatEvent.ToolCallDelta(0, 0, null, null, "{\"city\": \"Par"),
                        new ChatEvent.ToolCallDelta(0, 0, null, null, "is\"}"),
                        new ChatEvent.Finished(0, FinishReason.TOOL_CALLS),
                        new ChatEvent.UsageReported(Usage.of(412, 58)));
        assertThat(stub.last().path()).isEqualTo(BedrockWire.CONVERSE_STREAM);
    }

    @Test
    void streams_reasoning_and_ends_each_block_with_its_signature() {
        stub.on(
                BedrockWire.CONVERSE_STREAM,
                BedrockWire.stream(
                        List.of(
                                event("messageStart", "{\"role\":\"assistant\"}"),
                                event(
                                        "contentBlockDelta",
                                        "{\"contentBlockIndex\":0,\"delta\":{\"reasoningContent\":{\"text\":\"The user wants\"}}}"),
                                event(
                                        "contentBlockDelta",
                                        "{\"contentBlockIndex\":0,\"delta\":{\"reasoningContent\":{\"text\":\" the weather.\"}}}"),
                                event(
                                        "contentBlockDelta",
                                        "{\"contentBlockIndex\":0,\"delta\":{\"reasoningContent\":{\"signature\":\"ErUBCkYIBBgCIkA\"}}}"),
                                event("contentBlockStop", "{\"contentBlockIndex\":0}"),
                                event(
                                        "contentBlockDelta",
                                        "{\"contentBlockIndex\":1,\"delta\":{\"reasoningContent\":{\"redactedContent\":\"AQID\"}}}"),
                                event("contentBlockDelta", "{\"contentBlockIndex\":2,\"delta\":{\"text\":\"Sunny.\"}}"),
                                event("messageStop", "{\"stopReason\":\"end_turn\"}"),
                                event(
                                        "metadata",
                                        "{\"usage\":{\"inputTokens\":10,\"outputTokens\":5,\"totalTokens\":15,\"cacheReadInputTokens\":4}}"))));

        List<ChatEvent> events = drain();

        assertThat(events)
                .containsExactly(
                        new ChatEvent.Started("", BedrockWire.MODEL),
                        new ChatEvent.ReasoningDelta(0, "The user wants"),
                        new ChatEvent.ReasoningDelta(0, " the weather."),
                        ChatEvent.ReasoningDelta.ended(
                                0, new ReasoningBlock.Thinking("The user wants the weather.", "ErUBCkYIBBgCIkA")),
                        ChatEvent.ReasoningDelta.ended(0, new ReasoningBlock.Redacted("AQID")),
                        new ChatEvent.TextDelta(0, "Sunny."),
                        new ChatEvent.Finished(0, FinishReason.STOP),
                        new ChatEvent.UsageReported(new Usage(14, 5, 4, 0, false)));
    }

    @Test
    void closing_the_stream_early_ends_it_and_reports_no_more_events() {
        stub.on(
                BedrockWire.CONVERSE_STREAM,
                BedrockWire.stream(List.of(
                        event("messageStart", "{\"role\":\"assistant\"}"),
                        event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Hel\"}}"),
                        event("messageStop", "{\"stopReason\":\"end_turn\"}"))));

        var stream = BedrockWire.provider(stub).stream(request(), BedrockWire.withKeys());
        var events = stream.iterator();
        assertThat(events.next()).isInstanceOf(ChatEvent.Started.class);
        stream.close();
        stream.close();

        assertThat(events.hasNext()).isFalse();
    }

    private List<ChatEvent> drain() {
        return dev.switchboard.adapters.providers.testing.Contexts.drain(
                BedrockWire.provider(stub).stream(request(), BedrockWire.withKeys()));
    }

    private static ChatRequest request() {
        return ChatRequest.of(BedrockWire.MODEL, Message.user("What's the weather in Paris?"));
    }
}
