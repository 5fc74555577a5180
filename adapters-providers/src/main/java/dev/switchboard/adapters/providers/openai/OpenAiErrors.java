package dev.switchboard.adapters.providers.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.shared.UpstreamError;
import dev.switchboard.domain.provider.ProviderException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the error bodies of the OpenAI family, in each shape its members write: OpenAI's envelope
 * {@code {"error":{"message","type","param","code"}}} (Azure's with string codes such as {@code "429"} and a null
 * type), {@code {"error":"text"}}, the flat {@code {"message","type","param","code"}} of Cerebras and vLLM, and
 * {@code {"detail":"text"}} of FastAPI-based servers.
 */
final class OpenAiErrors {

    private OpenAiErrors() {}

    /** The error a body holds; empty when it is not JSON or holds none. */
    static Optional<UpstreamError> parse(byte[] body) {
        try {
            return of(ProviderJson.tree(body, "error body"));
        } catch (ProviderException notJson) {
            return Optional.empty();
        }
    }

    /** The error a parsed body or stream chunk holds, in any of the family's shapes. */
    static Optional<UpstreamError> of(JsonNode root) {
        JsonNode error = root.get("error");
        if (error != null && error.isObject()) return Optional.of(fields(error));
        if (error != null && error.isTextual()) return Optional.of(UpstreamError.of(error.textValue()));
        if (root.path("message").isTextual()) return Optional.of(fields(root));
        if (root.path("detail").isTextual())
            return Optional.of(UpstreamError.of(root.get("detail").textValue()));
        return Optional.empty();
    }

    private static UpstreamError fields(JsonNode error) {
        String message = text(error, "message");
        return new UpstreamError(
                message == null ? "the upstream reported an error without a message" : message,
                text(error, "type"),
                text(error, "code"),
                text(error, "param"));
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
