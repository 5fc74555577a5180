package dev.switchboard.openai.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event sequences turned into server-sent events, compared with golden streams. */
class ChunkWriterTest {

    private static final long CREATED = 1_700_000_000L;

    @Test
    void streams_text_with_a_role_chunk_a_finish_chunk_and_usage_when_asked() {
        var events = List.<ChatEvent>of(
                new ChatEvent.Started("chatcmpl-1", "gpt-4o"),
                new ChatEvent.TextDelta(0, "Hel"),
                new ChatEvent.TextDelta(0, "lo"),
                new ChatEvent.Finished(0, FinishReason.STOP),
                new ChatEvent.UsageReported(Usage.of(5, 2)));

        Golden.assertEvents(chat(events, true), "chat-stream-text.sse");
        Golden.assertEvents(chat(events, false), "chat-stream-text-no-usage.sse");
    }

    @Test
    void streams_parallel_tool_calls_keyed_by_index() {
        var events = List.<ChatEvent>of(
                new ChatEvent.Started("chatcmpl-1", "gpt-4o"),
                new ChatEvent.ToolCallDelta(0, 0, "call_JMW1", "GetWeatherArgs", ""),
                new ChatEvent.ToolCallDelta(0, 0, null, null, "{\"ci"),
                new ChatEvent.ToolCallDelta(0, 0, null, null, "ty\": \"Paris\"}"),
                new ChatEvent.ToolCallDelta(0, 1, "call_DNYT", "get_stock_price", ""),
                new ChatEvent.ToolCallDelta(0, 1, null, null, "{\"ticker\":\"AAPL\"}"),
                new ChatEvent.Finished(0, FinishReason.TOOL_CALLS),
                new ChatEvent.UsageReported(Usage.of(149, 60)));

        Golden.assertEvents(chat(events, true), "chat-stream-tool-calls.sse");
    }

    @Test
    void streams_a_refusal_with_null_content_in_the_role_chunk() {
        var events = List.<ChatEvent>of(
                new ChatEvent.Started("chatcmpl-1", "gpt-4o"),
                new ChatEvent.RefusalDelta(0, "I'm sorry"),
                new ChatEvent.RefusalDelta(0, ", I can't help."),
                new ChatEvent.Finished(0, FinishReason.STOP),
                new ChatEvent.UsageReported(Usage.of(5, 2)));

        Golden.assertEvents(chat(events, false), "chat-stream-refusal.sse");
    }

    @Test
    void ends_a_failed_stream_with_an_error_event_and_no_done() {
        var writer = ChunkWriter.chat("chatcmpl-1", CREATED, "gpt-4o", false);
        var out = new ArrayList<byte[]>();
        out.addAll(writer.write(new ChatEvent.TextDelta(0, "Hel")));
        out.add(new ErrorBody("The provider failed mid-stream", "server_error", null, null).toEvent());

        Golden.assertEvents(out, "chat-stream-mid-error.sse");
    }

    @Test
    void opens_each_choice_once_and_carries_reasoning_and_logprobs() {
        var writer = ChunkWriter.chat("chatcmpl-1", CREATED, "m", false);
        var tokens = new JsonValue.Arr(List.of(JsonValue.of("t")));

        assertThat(texts(writer.write(new ChatEvent.ReasoningDelta(1, "think"))))
                .hasSize(2)
                .last()
                .asString()
                .contains("\"index\":1", "\"reasoning_content\":\"think\"");
        assertThat(texts(writer.write(new ChatEvent.Logprobs(1, tokens))))
                .singleElement()
                .asString()
                .contains("\"logprobs\":{\"content\":[\"t\"],\"refusal\":null}");
        assertThat(texts(writer.write(new ChatEvent.Finished(0, FinishReason.LENGTH))))
                .hasSize(2)
                .first()
                .asString()
                .contains("\"role\":\"assistant\"");
        assertThat(texts(writer.write(new ChatEvent.Logprobs(0, JsonValue.emptyObject()))))
                .singleElement()
                .asString()
                .contains("\"logprobs\":{}");
    }

    @Test
    void streams_legacy_completions_as_text_completion_objects() {
        var logprobs = JsonValues.fromNode(Golden.json("{\"tokens\":[\" is\"],\"token_logprobs\":[-0.5]}"));
        var events = List.<ChatEvent>of(
                new ChatEvent.Started("cmpl-1", "gpt-3.5-turbo-instruct"),
                new ChatEvent.TextDelta(0, "This"),
                new ChatEvent.ReasoningDelta(0, "hidden"),
                new ChatEvent.RefusalDelta(0, "hidden"),
                new ChatEvent.ToolCallDelta(0, 0, "c", "f", "{}"),
                new ChatEvent.TextDelta(0, " is"),
                new ChatEvent.Logprobs(0, logprobs),
                new ChatEvent.Finished(0, FinishReason.LENGTH),
                new ChatEvent.UsageReported(Usage.of(5, 2)));
        var writer = ChunkWriter.completion("ignored", CREATED, "ignored", true);

        Golden.assertEvents(drain(writer, events), "completion-stream.sse");
        assertThat(ChunkWriter.completion("c", CREATED, "m", false).write(new ChatEvent.UsageReported(Usage.of(1, 1))))
                .isEmpty();
    }

    private static List<byte[]> chat(List<ChatEvent> events, boolean includeUsage) {
        return drain(ChunkWriter.chat("placeholder", CREATED, "placeholder", includeUsage), events);
    }

    private static List<byte[]> drain(ChunkWriter writer, List<ChatEvent> events) {
        var out = new ArrayList<byte[]>();
        events.forEach(event -> out.addAll(writer.write(event)));
        out.add(ChunkWriter.DONE);
        return out;
    }

    private static List<String> texts(List<byte[]> events) {
        return events.stream()
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .toList();
    }
}
