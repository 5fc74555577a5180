package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.normalize.ObjectType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code chat.completion.chunk} events as OpenAI does: each choice opens with a chunk holding only the role
 * (content {@code ""}, or null when the turn starts with a refusal or a tool call), deltas follow one per chunk, the
 * finish reason comes alone with an empty delta, and usage comes last in a chunk with no choices. A reasoning block's
 * end is written as {@code delta.thinking_blocks} holding the whole block with its signature (LiteLLM's convention).
 */
final class ChatChunkWriter implements ChunkWriter {

    private String id;
    private final long created;
    private String model;
    private final boolean includeUsage;
    private final Set<Integer> opened = new HashSet<>();

    ChatChunkWriter(String id, long created, String model, boolean includeUsage) {
        this.id = id;
        this.created = created;
        this.model = model;
        this.includeUsage = includeUsage;
    }

    @Override
    public List<byte[]> write(ChatEvent event) {
        return switch (event) {
            case ChatEvent.Started started -> {
                id = started.id();
                model = started.model();
                yield List.of();
            }
            case ChatEvent.TextDelta t -> opened(t.choice(), Opening.TEXT, delta("content", t.text()), null, null);
            case ChatEvent.ReasoningDelta r -> opened(r.choice(), Opening.TEXT, reasoning(r), null, null);
            case ChatEvent.RefusalDelta r ->
                opened(r.choice(), Opening.REFUSAL, delta("refusal", r.text()), null, null);
            case ChatEvent.ToolCallDelta call -> opened(call.choice(), Opening.TOOL_CALL, toolCall(call), null, null);
            case ChatEvent.Logprobs l ->
                opened(l.choice(), Opening.TEXT, WireJson.object(), logprobs(l.content()), null);
            case ChatEvent.Finished f ->
                opened(
                        f.choice(),
                        Opening.TEXT,
                        WireJson.object(),
                        null,
                        f.reason().wire());
            case ChatEvent.UsageReported u -> includeUsage ? List.of(usage(u.usage())) : List.of();
        };
    }

    /** How a choice's first delta looks, after the first event seen for it. */
    private enum Opening {
        TEXT,
        REFUSAL,
        TOOL_CALL
    }

    private List<byte[]> opened(
            int choice, Opening opening, ObjectNode delta, @Nullable JsonNode logprobs, @Nullable String finish) {
        var events = new ArrayList<byte[]>(2);
        if (opened.add(choice)) events.add(chunk(choice, roleDelta(opening), null, null));
        events.add(chunk(choice, delta, logprobs, finish));
        return events;
    }

    private static ObjectNode roleDelta(Opening opening) {
        ObjectNode delta = WireJson.object().put("role", "assistant");
        return switch (opening) {
            case TEXT -> delta.put("content", "").putNull("refusal");
            case REFUSAL -> delta.putNull("content").put("refusal", "");
            case TOOL_CALL -> delta.putNull("content");
        };
    }

    private static ObjectNode delta(String field, String text) {
        return WireJson.object().put(field, text);
    }

    /** A piece of reasoning; the end of a block comes as the whole block in {@code thinking_blocks}, to send back. */
    private static ObjectNode reasoning(ChatEvent.ReasoningDelta piece) {
        if (piece.block() == null) return delta("reasoning_content", piece.text());
        ObjectNode delta = WireJson.object();
        if (!piece.text().isEmpty()) delta.put("reasoning_content", piece.text());
        delta.putArray(ThinkingBlocks.FIELD).add(ThinkingBlocks.write(piece.block()));
        return delta;
    }

    /** {@code id}, {@code type} and {@code name} come with a call's first fragment only; later ones only add arguments. */
    private static ObjectNode toolCall(ChatEvent.ToolCallDelta call) {
        ObjectNode fragment = WireJson.object().put("index", call.index());
        if (call.id() != null) fragment.put("id", call.id()).put("type", "function");
        ObjectNode function = fragment.putObject("function");
        if (call.name() != null) function.put("name", call.name());
        function.put("arguments", call.argumentsPart());
        ObjectNode delta = WireJson.object();
        delta.putArray("tool_calls").add(fragment);
        return delta;
    }

    /** The event holds either the whole logprobs object or just its {@code content} array. */
    private static JsonNode logprobs(JsonValue content) {
        if (content instanceof JsonValue.Obj) return JsonValues.toNode(content);
        ObjectNode logprobs = WireJson.object();
        logprobs.set("content", JsonValues.toNode(content));
        return logprobs.putNull("refusal");
    }

    private byte[] chunk(int choice, ObjectNode delta, @Nullable JsonNode logprobs, @Nullable String finish) {
        ObjectNode node = header();
        ObjectNode item = node.putArray("choices").addObject().put("index", choice);
        item.set("delta", delta);
        item.set("logprobs", logprobs);
        item.put("finish_reason", finish);
        return ChunkWriter.event(WireJson.bytes(node));
    }

    private byte[] usage(Usage usage) {
        ObjectNode node = header();
        node.putArray("choices");
        node.set("usage", UsageJson.write(usage));
        return ChunkWriter.event(WireJson.bytes(node));
    }

    private ObjectNode header() {
        return WireJson.object()
                .put("id", id)
                .put("object", ObjectType.CHAT_COMPLETION_CHUNK.wire())
                .put("created", created)
                .put("model", model);
    }
}
