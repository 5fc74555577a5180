package dev.switchboard.adapters.providers.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.domain.chat.ToolCall;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ollama's tool calls as OpenAI's. Ollama sends the arguments as a JSON object; OpenAI clients want JSON text. Older
 * servers give a call no id (newer ones write {@code call_} and eight characters, kept when present), so the gateway
 * makes one that is stable for the answer: {@code call_} and 24 hexadecimal digits of a SHA-256 over the model, the
 * answer's {@code created_at} and the call's index. The same answer always gets the same ids.
 */
final class OllamaToolCalls {

    private OllamaToolCalls() {}

    static ToolCall read(JsonNode call, String model, String createdAt, int index) {
        return new ToolCall(id(call, model, createdAt, index), name(call), arguments(call));
    }

    static String id(JsonNode call, String model, String createdAt, int index) {
        JsonNode given = call.get("id");
        if (given != null && given.isTextual() && !given.textValue().isBlank()) return given.textValue();
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((model + "\n" + createdAt + "\n" + index).getBytes(StandardCharsets.UTF_8));
            return "call_" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static String name(JsonNode call) {
        return OllamaResponses.required(call.path("function"), "name");
    }

    /** The arguments as JSON text: an object written out, text (a proxy may send it so) kept, nothing as {@code {}}. */
    static String arguments(JsonNode call) {
        JsonNode arguments = call.path("function").path("arguments");
        if (arguments.isTextual()) return arguments.textValue();
        return arguments.isObject() ? arguments.toString() : "{}";
    }
}
