package dev.switchboard.adapters.providers.anthropic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The turns of a conversation being built: same-role blocks merged, as {@link AnthropicMessages} describes. */
final class AnthropicTurns {

    private record Turn(String role, List<ObjectNode> blocks) {}

    private final List<Turn> turns = new ArrayList<>();

    static ObjectNode text(String text) {
        return ProviderJson.object().put("type", "text").put("text", text);
    }

    /** Adds one message's blocks to the last turn when it has the same role, else as a new turn; none adds nothing. */
    void add(String role, List<ObjectNode> blocks) {
        if (blocks.isEmpty()) return;
        if (!turns.isEmpty() && turns.getLast().role().equals(role)) {
            turns.getLast().blocks().addAll(blocks);
        } else {
            turns.add(new Turn(role, new ArrayList<>(blocks)));
        }
    }

    /**
     * The {@code messages} array.
     *
     * @throws dev.switchboard.domain.provider.ProviderException with {@code InvalidRequest} when no turn is left
     */
    ArrayNode finish() {
        trimPrefill();
        if (turns.isEmpty()) throw AnthropicMessages.invalid("messages", "must hold a user or assistant message");
        if (turns.getFirst().role().equals("assistant")) turns.addFirst(new Turn("user", List.of(text("."))));
        ArrayNode messages = ProviderJson.MAPPER.createArrayNode();
        for (Turn turn : turns) {
            ObjectNode message = messages.addObject().put("role", turn.role());
            ArrayNode content = message.putArray("content");
            // Tool results must open a user turn; the stable sort keeps each group's order.
            turn.blocks().stream()
                    .sorted(Comparator.comparing(
                            block -> !block.path("type").asText().equals("tool_result")))
                    .forEach(content::add);
        }
        return messages;
    }

    /** A final assistant turn is a prefill, which the API refuses when it ends in whitespace. */
    private void trimPrefill() {
        if (turns.isEmpty() || !turns.getLast().role().equals("assistant")) return;
        List<ObjectNode> blocks = turns.getLast().blocks();
        ObjectNode last = blocks.getLast();
        if (!last.path("type").asText().equals("text")) return;
        String trimmed = last.path("text").asText().stripTrailing();
        if (trimmed.isEmpty()) {
            blocks.removeLast();
            if (blocks.isEmpty()) turns.removeLast();
        } else {
            last.put("text", trimmed);
        }
    }
}
