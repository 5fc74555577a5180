package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Message;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes request messages in OpenAI's shape. Content that is one text part is written as a plain string, which every
 * OpenAI-compatible server accepts; other content as an array of parts. An assistant turn's reasoning is not sent
 * back: several servers (DeepSeek among them) refuse a request that carries it.
 */
final class MessageWriter {

    private MessageWriter() {}

    static ObjectNode write(Message message) {
        ObjectNode node = WireJson.object().put("role", message.role());
        switch (message) {
            case Message.SystemMessage m -> content(node, m.content(), m.name());
            case Message.DeveloperMessage m -> content(node, m.content(), m.name());
            case Message.UserMessage m -> content(node, m.content(), m.name());
            case Message.ToolMessage m -> {
                node.put("tool_call_id", m.toolCallId());
                content(node, m.content(), null);
            }
            case Message.AssistantMessage m -> {
                node.put("content", m.content());
                if (m.refusal() != null) node.put("refusal", m.refusal());
                if (!m.toolCalls().isEmpty()) node.set("tool_calls", ChatResponseWriter.toolCalls(m.toolCalls()));
                if (m.name() != null) node.put("name", m.name());
            }
        }
        return node;
    }

    private static void content(ObjectNode node, List<ContentPart> parts, @Nullable String name) {
        if (parts.size() == 1 && parts.getFirst() instanceof ContentPart.Text(String text)) {
            node.put("content", text);
        } else {
            ArrayNode array = node.putArray("content");
            parts.forEach(part -> array.add(part(part)));
        }
        if (name != null) node.put("name", name);
    }

    private static ObjectNode part(ContentPart part) {
        return switch (part) {
            case ContentPart.Text text -> WireJson.object().put("type", "text").put("text", text.text());
            case ContentPart.Image image -> {
                ObjectNode node = WireJson.object().put("type", "image_url");
                ObjectNode url = node.putObject("image_url").put("url", image.url());
                if (image.detail() != null) url.put("detail", image.detail());
                yield node;
            }
            case ContentPart.Audio audio -> {
                ObjectNode node = WireJson.object().put("type", "input_audio");
                node.putObject("input_audio").put("data", audio.data()).put("format", audio.format());
                yield node;
            }
        };
    }
}
