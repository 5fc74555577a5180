package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.chat.ReasoningBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * An assistant turn's {@code thinking_blocks}, in LiteLLM's convention, which clients of Anthropic models through
 * OpenAI-compatible gateways already send back: {@code {"type":"thinking","thinking":"...","signature":"..."}} and
 * {@code {"type":"redacted_thinking","data":"..."}}. Each entry is one whole block.
 */
final class ThinkingBlocks {

    static final String FIELD = "thinking_blocks";

    private ThinkingBlocks() {}

    /** The blocks of a message or delta; empty when it has none. */
    static List<ReasoningBlock> read(WireObject message) {
        ArrayNode array = message.optionalArray(FIELD);
        if (array == null) return List.of();
        var blocks = new ArrayList<ReasoningBlock>(array.size());
        for (int i = 0; i < array.size(); i++) {
            WireObject block = WireObject.of(array.get(i), message.at(FIELD + "[" + i + "]"));
            blocks.add(
                    switch (block.requiredString("type")) {
                        case "thinking" ->
                            new ReasoningBlock.Thinking(
                                    block.requiredString("thinking"), block.optionalString("signature"));
                        case "redacted_thinking" -> {
                            String data = block.requiredString("data");
                            yield WireObject.construct(block.at("data"), () -> new ReasoningBlock.Redacted(data));
                        }
                        default -> throw block.invalid("type", "must be thinking or redacted_thinking");
                    });
        }
        return blocks;
    }

    static ArrayNode write(List<ReasoningBlock> blocks) {
        ArrayNode array = WireJson.MAPPER.createArrayNode();
        blocks.forEach(block -> array.add(write(block)));
        return array;
    }

    static ObjectNode write(ReasoningBlock block) {
        return switch (block) {
            case ReasoningBlock.Thinking thinking -> {
                ObjectNode node = WireJson.object().put("type", "thinking").put("thinking", thinking.text());
                yield thinking.signature() == null ? node : node.put("signature", thinking.signature());
            }
            case ReasoningBlock.Redacted redacted ->
                WireJson.object().put("type", "redacted_thinking").put("data", redacted.data());
        };
    }
}
