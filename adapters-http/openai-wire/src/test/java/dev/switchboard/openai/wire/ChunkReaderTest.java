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

/** The golden streams read back into the events they were written from. */
class ChunkReaderTest {

    @Test
    void reads_a_text_stream_with_its_usage_chunk() {
        assertThat(read("chat-stream-text.sse"))
                .containsExactly(
                        new ChatEvent.Started("chatcmpl-1", "gpt-4o"),
                        new ChatEvent.TextDelta(0, "Hel"),
                        new ChatEvent.TextDelta(0, "lo"),
                        new ChatEvent.Finished(0, FinishReason.STOP),
                        new ChatEvent.UsageReported(Usage.of(5, 2)));
    }

    @Test
    void reads_parallel_tool_call_fragments_by_index() {
        assertThat(read("chat-stream-tool-calls.sse"))
                .containsExactly(
                        new ChatEvent.Started("chatcmpl-1", "gpt-4o"),
                        new ChatEvent.ToolCallDelta(0, 0, "call_JMW1", "GetWeatherArgs", ""),
                        new ChatEvent.ToolCallDelta(0, 0, null, null, "{\"ci"),
                        new ChatEvent.ToolCallDelta(0, 0, null, null, "ty\": \"Paris\"}"),
                        new ChatEvent.ToolCallDelta(0, 1, "call_DNYT", "get_stock_price", ""),
                        new ChatEvent.ToolCallDelta(0, 1, null, null, "{\"ticker\":\"AAPL\"}"),
                        new ChatEvent.Finished(0, FinishReason.TOOL_CALLS),
                        new ChatEvent.UsageReported(Usage.of(149, 60)));
    }

    @Test
    void reads_a_refusal() {
        assertThat(read("chat-stream-refusal.sse"))
                .containsExactly(
                        new ChatEvent.Started("chatcmpl-1", "gpt-4o"), new ChatEvent.RefusalDelta(0, "I'm sorry"),
                        new ChatEvent.RefusalDelta(0, ", I can't help."), new ChatEvent.Finished(0, FinishReason.STOP));
    }

    @Test
    void reads_a_legacy_completion_stream_with_logprobs() {
        var logprobs = JsonValues.fromNode(Golden.json("{\"tokens\":[\" is\"],\"token_logprobs\":[-0.5]}"));

        assertThat(read("completion-stream.sse"))
                .containsExactly(
                        new ChatEvent.Started("cmpl-1", "gpt-3.5-turbo-instruct"), new ChatEvent.TextDelta(0, "This"),
                        new ChatEvent.TextDelta(0, " is"), new ChatEvent.Logprobs(0, logprobs),
                        new ChatEvent.Finished(0, FinishReason.LENGTH), new ChatEvent.UsageReported(Usage.of(5, 2)));
    }

    @Test
    void reads_reasoning_under_either_name_and_skips_empty_deltas() {
        var reader = new ChunkReader();

        assertThat(reader.read(bytes("{\"choices\":[{\"delta\":{\"reasoning\":\"hmm\",\"content\":\"\"}}]}")))
                .containsExactly(new ChatEvent.Started("", ""), new ChatEvent.ReasoningDelta(0, "hmm"));
        assertThat(reader.read(bytes("{\"choices\":[{\"index\":1,\"delta\":{\"reasoning_content\":\"so\"},"
                        + "\"logprobs\":{\"content\":[]}}],\"usage\":null}")))
                .containsExactly(
                        new ChatEvent.ReasoningDelta(1, "so"),
                        new ChatEvent.Logprobs(1, JsonValues.fromNode(Golden.json("{\"content\":[]}"))));
    }

    private static List<ChatEvent> read(String golden) {
        var reader = new ChunkReader();
        var events = new ArrayList<ChatEvent>();
        for (String event : Golden.split(new String(Golden.bytes(golden), StandardCharsets.UTF_8))) {
            String data = event.substring("data: ".length());
            if (!data.equals("[DONE]")) events.addAll(reader.read(bytes(data)));
        }
        return events;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static JsonValue json(String text) {
        return JsonValues.fromNode(Golden.json(text));
    }
}
