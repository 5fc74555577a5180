package dev.switchboard.adapters.providers.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ReasoningBlock;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An OpenAI conversation as the Messages API takes it. System and developer messages are lifted into {@code system},
 * joined in order by blank lines. Tool results become {@code tool_result} blocks of a user turn. Consecutive messages
 * of one role are merged into one turn, tool results first, since the API wants roles to alternate. A conversation
 * that starts with the assistant gets a user turn of {@code "."} before it, since the API wants a user first.
 * Empty text is left out (the API refuses empty text blocks), and so is a turn left with nothing. The last assistant
 * turn, a prefill, loses its trailing whitespace, which the API refuses. Thinking blocks go back first in their turn,
 * unchanged; reasoning without a signature cannot be sent back and is left out.
 */
final class AnthropicMessages {

    /** The lifted system text, empty when there was none, and the turns. */
    record Conversation(String system, ArrayNode messages) {}

    private AnthropicMessages() {}

    static Conversation map(List<Message> messages) {
        var system = new ArrayList<String>();
        var turns = new AnthropicTurns();
        for (int i = 0; i < messages.size(); i++) {
            switch (messages.get(i)) {
                case Message.SystemMessage m -> system.add(m.text());
                case Message.DeveloperMessage m -> system.add(m.text());
                case Message.UserMessage m -> turns.add("user", user(m, i));
                case Message.AssistantMessage m -> turns.add("assistant", assistant(m, i));
                case Message.ToolMessage m -> turns.add("user", List.of(toolResult(m)));
            }
        }
        return new Conversation(String.join("\n\n", system), turns.finish());
    }

    private static List<ObjectNode> user(Message.UserMessage message, int i) {
        var blocks = new ArrayList<ObjectNode>();
        for (int j = 0; j < message.content().size(); j++) {
            switch (message.content().get(j)) {
                case ContentPart.Text text -> {
                    if (!text.text().isEmpty()) blocks.add(AnthropicTurns.text(text.text()));
                }
                case ContentPart.Image image ->
                    blocks.add(image(image.url(), "messages[" + i + "].content[" + j + "]"));
                case ContentPart.Audio ignored ->
                    throw invalid(
                            "messages[" + i + "].content[" + j + "]", "is audio, which Anthropic models do not take");
            }
        }
        return blocks;
    }

    private static List<ObjectNode> assistant(Message.AssistantMessage message, int i) {
        var blocks = new ArrayList<ObjectNode>();
        for (ReasoningBlock block : message.reasoningBlocks()) {
            ObjectNode thinking = thinking(block);
            if (thinking != null) blocks.add(thinking);
        }
        if (message.content() != null && !message.content().isEmpty())
            blocks.add(AnthropicTurns.text(message.content()));
        for (int j = 0; j < message.toolCalls().size(); j++) {
            ToolCall call = message.toolCalls().get(j);
            ObjectNode use = ProviderJson.object()
                    .put("type", "tool_use")
                    .put("id", call.id())
                    .put("name", call.name());
            use.set(
                    "input",
                    arguments(call.arguments(), "messages[" + i + "].tool_calls[" + j + "].function.arguments"));
            blocks.add(use);
        }
        return blocks;
    }

    /** A block as the API gave it; the API checks every thinking block's signature, so one without it cannot go back. */
    private static @Nullable ObjectNode thinking(ReasoningBlock block) {
        return switch (block) {
            case ReasoningBlock.Thinking thinking
            when thinking.signature() != null ->
                ProviderJson.object()
                        .put("type", "thinking")
                        .put("thinking", thinking.text())
                        .put("signature", thinking.signature());
            case ReasoningBlock.Thinking ignored -> null;
            case ReasoningBlock.Redacted redacted ->
                ProviderJson.object().put("type", "redacted_thinking").put("data", redacted.data());
        };
    }

    private static ObjectNode toolResult(Message.ToolMessage message) {
        ObjectNode result = ProviderJson.object().put("type", "tool_result").put("tool_use_id", message.toolCallId());
        if (!message.text().isEmpty()) result.put("content", message.text());
        return result;
    }

    /** OpenAI sends arguments as JSON text; the API wants the object itself. */
    private static JsonNode arguments(String arguments, String param) {
        if (arguments.isBlank()) return ProviderJson.object();
        try {
            JsonNode input = ProviderJson.MAPPER.readTree(arguments);
            if (input != null && input.isObject()) return input;
        } catch (JsonProcessingException e) {
            // Not JSON: the client's mistake, reported below.
        }
        throw invalid(param, "must be a JSON object, as text");
    }

    /** A data URL becomes a base64 block (a PDF a document block); an http(s) URL a URL block. */
    private static ObjectNode image(String url, String param) {
        ObjectNode source = ProviderJson.object();
        String type = "image";
        if (url.startsWith("https://") || url.startsWith("http://")) {
            source.put("type", "url").put("url", url);
        } else {
            int comma = url.indexOf(',');
            if (!url.startsWith("data:")
                    || comma < 0
                    || !url.substring(0, comma).endsWith(";base64")) {
                throw invalid(param, "must be an http(s) URL or a base64 data URL");
            }
            String mediaType = url.substring("data:".length(), comma - ";base64".length());
            if (mediaType.equals("application/pdf")) type = "document";
            source.put("type", "base64").put("media_type", mediaType).put("data", url.substring(comma + 1));
        }
        ObjectNode block = ProviderJson.object().put("type", type);
        block.set("source", source);
        return block;
    }

    static ProviderException invalid(String param, String problem) {
        return new ProviderException(new ProviderFailure.InvalidRequest(param + " " + problem, param));
    }
}
