package dev.switchboard.adapters.providers.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.Failures;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.shared.UpstreamError;
import dev.switchboard.domain.provider.ProviderException;
import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Ollama's error body, {@code {"error":"model \"llama9\" not found, try pulling it first"}}, a plain string
 * (<a href="https://github.com/ollama/ollama/blob/main/docs/api/errors.mdx">errors</a>), for HTTP answers, and the
 * same object as a line of a stream that began with HTTP 200. A stream's error line has no status: one that says a
 * model or file was not found counts as a 404, anything else as the server failing.
 */
final class OllamaErrors {

    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

    private OllamaErrors() {}

    /** The error a body holds; empty when it is not JSON or not Ollama's error shape. */
    static Optional<UpstreamError> parse(byte[] body) {
        try {
            return of(ProviderJson.tree(body, "error body"));
        } catch (ProviderException notJson) {
            return Optional.empty();
        }
    }

    /** The error a line holds, when the line is an error object. */
    static Optional<UpstreamError> of(JsonNode line) {
        JsonNode error = line.get("error");
        if (error == null || error.isNull()) return Optional.empty();
        if (error.isTextual()) return Optional.of(UpstreamError.of(error.textValue()));
        // Ollama's OpenAI layer wraps it: {"error":{"message":...}}; read that too, in case a proxy answers so.
        JsonNode message = error.path("message");
        return Optional.of(UpstreamError.of(message.isTextual() ? message.textValue() : error.toString()));
    }

    /** The failure an error line inside a stream means. */
    static ProviderException inStream(UpstreamError error) {
        String message = error.message().toLowerCase(Locale.ROOT);
        if (message.contains("not found") || message.contains("does not exist")) {
            return new ProviderException(Failures.fromStatus(404, NO_HEADERS, error));
        }
        return new ProviderException(Failures.fromStreamError(error));
    }
}
