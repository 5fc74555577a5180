package dev.switchboard.adapters.providers.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.Failures;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.shared.UpstreamError;
import dev.switchboard.domain.provider.ProviderException;
import java.net.http.HttpHeaders;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Anthropic's error body, {@code {"type":"error","error":{"type":"not_found_error","message":"..."}}}
 * (<a href="https://docs.claude.com/en/api/errors">errors</a>), for HTTP answers and for the {@code error} event that
 * may end a stream which began with HTTP 200. A stream error has no status of its own: its type says which status the
 * same error has as an HTTP answer, and the shared table decides from that.
 */
final class AnthropicErrors {

    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

    /** The HTTP status each documented error type comes with. */
    private static final Map<String, Integer> STATUS = Map.of(
            "invalid_request_error", 400,
            "authentication_error", 401,
            "billing_error", 402,
            "permission_error", 403,
            "not_found_error", 404,
            "request_too_large", 413,
            "rate_limit_error", 429,
            "api_error", 500,
            "timeout_error", 504,
            "overloaded_error", 529);

    private AnthropicErrors() {}

    /** The error a body holds; empty when it is not JSON or not Anthropic's error shape. */
    static Optional<UpstreamError> parse(byte[] body) {
        try {
            return of(ProviderJson.tree(body, "error body"));
        } catch (ProviderException notJson) {
            return Optional.empty();
        }
    }

    /** The failure an {@code error} event inside a stream means; an unknown type counts as the upstream failing. */
    static ProviderException inStream(JsonNode event) {
        UpstreamError error =
                of(event).orElseGet(() -> UpstreamError.of("the upstream reported an error in the stream"));
        Integer status = error.type() == null ? null : STATUS.get(error.type());
        return new ProviderException(
                status == null ? Failures.fromStreamError(error) : Failures.fromStatus(status, NO_HEADERS, error));
    }

    private static Optional<UpstreamError> of(JsonNode root) {
        JsonNode error = root.get("error");
        if (error == null || !error.isObject()) return Optional.empty();
        JsonNode message = error.get("message");
        JsonNode type = error.get("type");
        return Optional.of(new UpstreamError(
                message != null && message.isTextual() ? message.textValue() : "",
                type != null && type.isTextual() ? type.textValue() : null,
                null,
                null));
    }
}
