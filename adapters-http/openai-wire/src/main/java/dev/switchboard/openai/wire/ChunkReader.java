package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.normalize.FinishReasons;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code data:} payloads of one OpenAI chat stream into domain events, for the OpenAI-family provider
 * adapters: a {@link ChatEvent.Started} from the first chunk, then per choice the reasoning, text, refusal, tool-call
 * fragments, logprobs and finish reason a chunk carries, and a {@link ChatEvent.UsageReported} for the usage chunk.
 * Legacy completion chunks ({@code choices[].text}) are read the same way. Empty deltas (the role-only first chunk)
 * give nothing. The caller handles {@code [DONE]} and checks
 * {@link ErrorBody#parse} first, since a stream may end in an error object. One reader serves one stream on one
 * thread.
 */
public final class ChunkReader {

    private boolean started;

    /**
     * The events in one chunk.
     *
     * @throws WireFormatException when the payload is not JSON or a known field has the wrong type
     */
    public List<ChatEvent> read(byte[] data) {
        WireObject chunk = new WireObject(WireJson.parseObject(data, "stream chunk"), "");
        var events = new ArrayList<ChatEvent>();
        if (!started) {
            started = true;
            String id = chunk.optionalString("id");
            events.add(new ChatEvent.Started(id == null ? "" : id, ChatResponseReader.model(chunk)));
        }
        ArrayNode choices = chunk.optionalArray("choices");
        if (choices != null) {
            for (int i = 0; i < choices.size(); i++)
                choice(WireObject.of(choices.get(i), "choices[" + i + "]"), events);
        }
        if (chunk.has("usage")) events.add(new ChatEvent.UsageReported(ChatResponseReader.usage(chunk)));
        return events;
    }

    private static void choice(WireObject choice, List<ChatEvent> events) {
        Integer position = choice.optionalInt("index");
        int index = position == null ? 0 : position;
        WireObject delta = choice.optionalObject("delta");
        if (delta != null) delta(delta, index, events);
        String text = choice.optionalString("text");
        if (text != null && !text.isEmpty()) events.add(new ChatEvent.TextDelta(index, text));
        JsonValue logprobs = choice.optionalJson("logprobs");
        if (logprobs != null) events.add(new ChatEvent.Logprobs(index, logprobs));
        String finish = choice.optionalString("finish_reason");
        if (finish != null) events.add(new ChatEvent.Finished(index, FinishReasons.fromUpstream(finish)));
    }

    private static void delta(WireObject delta, int index, List<ChatEvent> events) {
        String reasoning = ChatResponseReader.reasoning(delta);
        if (reasoning != null && !reasoning.isEmpty()) events.add(new ChatEvent.ReasoningDelta(index, reasoning));
        String content = delta.optionalString("content");
        if (content != null && !content.isEmpty()) events.add(new ChatEvent.TextDelta(index, content));
        String refusal = delta.optionalString("refusal");
        if (refusal != null && !refusal.isEmpty()) events.add(new ChatEvent.RefusalDelta(index, refusal));
        ArrayNode calls = delta.optionalArray("tool_calls");
        if (calls == null) return;
        for (int i = 0; i < calls.size(); i++) {
            WireObject call = WireObject.of(calls.get(i), delta.at("tool_calls[" + i + "]"));
            WireObject function = call.optionalObject("function");
            Integer callIndex = call.optionalInt("index");
            String arguments = function == null ? null : function.optionalString("arguments");
            events.add(WireObject.construct(
                    call.path(),
                    () -> new ChatEvent.ToolCallDelta(
                            index,
                            callIndex == null ? 0 : callIndex,
                            call.optionalString("id"),
                            function == null ? null : function.optionalString("name"),
                            arguments == null ? "" : arguments)));
        }
    }
}
