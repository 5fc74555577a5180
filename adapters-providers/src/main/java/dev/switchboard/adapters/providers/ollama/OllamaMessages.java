package dev.switchboard.adapters.providers.ollama;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An OpenAI conversation as {@code /api/chat} takes it. Developer messages are system messages. A message's text
 * parts are joined by newlines into {@code content}, and its images go in {@code images} as bare base64, which is all
 * Ollama reads: a data URL loses its {@code data:...;base64,} prefix, and an http(s) URL is refused, since the server
 * fetches nothing. An assistant turn's tool calls go back with their arguments as JSON objects and its reasoning as
 * {@code thinking}; a tool result names its function in {@code tool_name}, found from the call it answers.
 */
final class OllamaMessages {

    private OllamaMessages() {}

    static ArrayNode map(List<Message> messages) {
        ArrayNode mapped = ProviderJson.MAPPER.createArrayNode();
        Map<String, String> callNames = new HashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            mapped.add(
                    switch (messages.get(i)) {
                        case Message.SystemMessage m -> text("system", m.text());
                        case Message.DeveloperMessage m -> text("system", m.text());
                        case Message.UserMessage m -> user(m, i);
                        case Message.AssistantMessage m -> assistant(m, i, callNames);
                        case Message.ToolMessage m -> tool(m, callNames);
                    });
        }
        return mapped;
    }

    private static ObjectNode text(String role, String content) {
        return ProviderJson.object().put("role", role).put("content", content);
    }

    private static ObjectNode user(Message.UserMessage message, int i) {
        ObjectNode user = text("user", message.text());
        for (int j = 0; j < message.content().size(); j++) {
            String param = "messages[" + i + "].content[" + j + "]";
            switch (message.content().get(j)) {
                case ContentPart.Text ignored -> {
                    // Joined into content above.
                }
                case ContentPart.Image image -> images(user).add(base64(image.url(), param));
                case ContentPart.Audio ignored -> throw invalid(param, "is audio, which Ollama's chat does not take");
            }
        }
        return user;
    }

    private static ArrayNode images(ObjectNode message) {
        return message.has("images") ? (ArrayNode) message.get("images") : message.putArray("images");
    }

    private static ObjectNode assistant(Message.AssistantMessage message, int i, Map<String, String> callNames) {
        ObjectNode turn = text("assistant", message.content() == null ? "" : message.content());
        if (message.reasoning() != null && !message.reasoning().isEmpty()) turn.put("thinking", message.reasoning());
        if (message.toolCalls().isEmpty()) return turn;
        ArrayNode calls = turn.putArray("tool_calls");
        for (int j = 0; j < message.toolCalls().size(); j++) {
            ToolCall call = message.toolCalls().get(j);
            callNames.put(call.id(), call.name());
            ObjectNode function = ProviderJson.object().put("index", j).put("name", call.name());
            String param = "messages[" + i + "].tool_calls[" + j + "].function.arguments";
            function.set("arguments", arguments(call.arguments(), param));
            ObjectNode mapped = calls.addObject().put("id", call.id()).put("type", "function");
            mapped.set("function", function);
        }
        return turn;
    }

    private static ObjectNode tool(Message.ToolMessage message, Map<String, String> callNames) {
        ObjectNode result = text("tool", message.text());
        String name = callNames.get(message.toolCallId());
        if (name != null) result.put("tool_name", name);
        return result.put("tool_call_id", message.toolCallId());
    }

    /** OpenAI sends arguments as JSON text; Ollama wants the object itself. */
    private static JsonNode arguments(String arguments, String param) {
        if (arguments.isBlank()) return ProviderJson.object();
        try {
            JsonNode parsed = ProviderJson.MAPPER.readTree(arguments);
            if (parsed != null && parsed.isObject()) return parsed;
        } catch (JsonProcessingException e) {
            // Not JSON: the client's mistake, reported below.
        }
        throw invalid(param, "must be a JSON object, as text");
    }

    /** The base64 of a data URL; Ollama cannot fetch an image from a URL. */
    static String base64(String url, String param) {
        int comma = url.indexOf(',');
        if (url.startsWith("data:") && comma > 0 && url.substring(0, comma).endsWith(";base64")) {
            return url.substring(comma + 1);
        }
        if (url.startsWith("http://") || url.startsWith("https://")) {
            throw invalid(param, "is an image URL, which Ollama cannot fetch: send the image as a base64 data URL");
        }
        throw invalid(param, "must be a base64 data URL (data:image/png;base64,...)");
    }

    static ProviderException invalid(String param, String problem) {
        return new ProviderException(new ProviderFailure.InvalidRequest(param + " " + problem, param));
    }
}
