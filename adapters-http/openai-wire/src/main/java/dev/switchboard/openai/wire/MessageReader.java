package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ToolCall;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code messages}: the five roles of the chat schema, their content (a string or an array of parts), an
 * assistant turn's tool calls, refusal, reasoning and {@code thinking_blocks}, and a tool result's {@code tool_call_id}. Fields outside the
 * schema inside a message are ignored, as several SDKs send extra ones back.
 */
final class MessageReader {

    private static final String ROLES = "system, developer, user, assistant, tool";

    private MessageReader() {}

    static List<Message> read(WireObject request) {
        ArrayNode array = request.requiredArray("messages");
        var messages = new ArrayList<Message>(array.size());
        for (int i = 0; i < array.size(); i++) {
            messages.add(message(WireObject.of(array.get(i), "messages[" + i + "]")));
        }
        return messages;
    }

    private static Message message(WireObject message) {
        String role = message.requiredString("role");
        return switch (role) {
            case "system" -> new Message.SystemMessage(ContentReader.text(message), message.optionalString("name"));
            case "developer" ->
                new Message.DeveloperMessage(ContentReader.text(message), message.optionalString("name"));
            case "user" -> new Message.UserMessage(ContentReader.user(message), message.optionalString("name"));
            case "assistant" -> assistant(message);
            case "tool" -> tool(message);
            default -> throw message.invalid("role", "must be one of " + ROLES);
        };
    }

    private static Message.AssistantMessage assistant(WireObject message) {
        var content = ContentReader.assistant(message);
        String ownRefusal = message.optionalString("refusal");
        String refusal = ownRefusal != null ? ownRefusal : content.refusal();
        List<ToolCall> calls = toolCalls(message);
        String reasoning = message.optionalString("reasoning_content");
        String name = message.optionalString("name");
        String text = content.text();
        var blocks = ThinkingBlocks.read(message);
        return WireObject.construct(
                message.path(), () -> new Message.AssistantMessage(text, refusal, calls, reasoning, name, blocks));
    }

    private static Message.ToolMessage tool(WireObject message) {
        String toolCallId = message.requiredString("tool_call_id");
        var content = ContentReader.text(message);
        return WireObject.construct(message.at("tool_call_id"), () -> new Message.ToolMessage(toolCallId, content));
    }

    private static List<ToolCall> toolCalls(WireObject message) {
        ArrayNode array = message.optionalArray("tool_calls");
        if (array == null) return List.of();
        var calls = new ArrayList<ToolCall>(array.size());
        for (int i = 0; i < array.size(); i++) {
            WireObject call = WireObject.of(array.get(i), message.at("tool_calls[" + i + "]"));
            String type = call.optionalString("type");
            if (type != null && !type.equals("function")) throw call.invalid("type", "must be function");
            String id = call.requiredString("id");
            WireObject function = call.requiredObject("function");
            String name = function.requiredString("name");
            String arguments = function.requiredString("arguments");
            calls.add(WireObject.construct(call.path(), () -> new ToolCall(id, name, arguments)));
        }
        return calls;
    }
}
