package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.Choice;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.normalize.ObjectType;
import java.util.List;

/**
 * Writes a {@code chat.completion} object. Keys the official SDKs require are always present ({@code content},
 * {@code refusal} and {@code logprobs} may be null); {@code tool_calls}, {@code reasoning_content},
 * {@code thinking_blocks} (whole reasoning blocks with their signatures, to send back) and {@code system_fingerprint}
 * only when there is something to say.
 */
public final class ChatResponseWriter {

    private ChatResponseWriter() {}

    /** The response as UTF-8 JSON. */
    public static byte[] write(ChatResponse response) {
        return WireJson.bytes(toNode(response));
    }

    static ObjectNode toNode(ChatResponse response) {
        ObjectNode node = WireJson.object()
                .put("id", response.id())
                .put("object", ObjectType.CHAT_COMPLETION.wire())
                .put("created", response.created())
                .put("model", response.model());
        ArrayNode choices = node.putArray("choices");
        response.choices().forEach(choice -> choices.add(choice(choice)));
        node.set("usage", UsageJson.write(response.usage()));
        if (response.systemFingerprint() != null) node.put("system_fingerprint", response.systemFingerprint());
        return node;
    }

    private static ObjectNode choice(Choice choice) {
        ObjectNode node = WireJson.object().put("index", choice.index());
        node.set("message", message(choice.message()));
        node.set("logprobs", choice.logprobs() == null ? null : JsonValues.toNode(choice.logprobs()));
        node.put("finish_reason", choice.finishReason().wire());
        return node;
    }

    static ObjectNode message(Message.AssistantMessage message) {
        ObjectNode node = WireJson.object()
                .put("role", "assistant")
                .put("content", message.content())
                .put("refusal", message.refusal());
        if (!message.toolCalls().isEmpty()) node.set("tool_calls", toolCalls(message.toolCalls()));
        if (message.reasoning() != null) node.put("reasoning_content", message.reasoning());
        if (!message.reasoningBlocks().isEmpty())
            node.set(ThinkingBlocks.FIELD, ThinkingBlocks.write(message.reasoningBlocks()));
        if (message.name() != null) node.put("name", message.name());
        return node;
    }

    static ArrayNode toolCalls(List<ToolCall> calls) {
        ArrayNode array = WireJson.MAPPER.createArrayNode();
        for (ToolCall call : calls) {
            ObjectNode node = array.addObject().put("id", call.id()).put("type", "function");
            node.putObject("function").put("name", call.name()).put("arguments", call.arguments());
        }
        return array;
    }
}
