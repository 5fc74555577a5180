package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.normalize.ObjectType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes legacy completion stream events: {@code object} stays {@code text_completion}, each choice carries a piece of
 * {@code text}, the finish reason comes with empty text, and usage (when asked for) comes last with no choices.
 * Reasoning, refusals and tool calls have no place in this format and are left out.
 */
final class CompletionChunkWriter implements ChunkWriter {

    private String id;
    private final long created;
    private String model;
    private final boolean includeUsage;

    CompletionChunkWriter(String id, long created, String model, boolean includeUsage) {
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
            case ChatEvent.TextDelta t -> List.of(choice(t.choice(), t.text(), null, null));
            case ChatEvent.Logprobs l -> List.of(choice(l.choice(), "", JsonValues.toNode(l.content()), null));
            case ChatEvent.Finished f ->
                List.of(choice(f.choice(), "", null, f.reason().wire()));
            case ChatEvent.ReasoningDelta ignored -> List.of();
            case ChatEvent.RefusalDelta ignored -> List.of();
            case ChatEvent.ToolCallDelta ignored -> List.of();
            case ChatEvent.UsageReported u -> {
                if (!includeUsage) yield List.of();
                ObjectNode node = header();
                node.putArray("choices");
                node.set("usage", UsageJson.write(u.usage()));
                yield List.of(ChunkWriter.event(WireJson.bytes(node)));
            }
        };
    }

    private byte[] choice(int index, String text, @Nullable JsonNode logprobs, @Nullable String finish) {
        ObjectNode node = header();
        ObjectNode item = node.putArray("choices").addObject().put("text", text).put("index", index);
        item.set("logprobs", logprobs);
        item.put("finish_reason", finish);
        return ChunkWriter.event(WireJson.bytes(node));
    }

    private ObjectNode header() {
        return WireJson.object()
                .put("id", id)
                .put("object", ObjectType.TEXT_COMPLETION.wire())
                .put("created", created)
                .put("model", model);
    }
}
