package dev.switchboard.adapters.providers.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.Failures;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.shared.UpstreamError;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads Google's error body, {@code {"error":{"code":429,"message":"...","status":"RESOURCE_EXHAUSTED","details":[...]}}}
 * (also wrapped in an array, as some Google endpoints write it), for HTTP answers and for the error event that may end
 * a stream which began with HTTP 200. The shared table decides from the status; two things only the body tells are
 * added here: Gemini reports a bad API key as 400 {@code INVALID_ARGUMENT} (with {@code ErrorInfo} reason
 * {@code API_KEY_INVALID}), which is {@code Unauthorized}; and a 429 {@code RESOURCE_EXHAUSTED} is
 * {@code RateLimited} with the wait from {@code google.rpc.RetryInfo}'s {@code retryDelay} (the API sends no
 * {@code Retry-After} header), even when its message speaks of quota, since the API says so for per-minute limits too.
 */
final class GeminiErrors {

    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);
    private static final Pattern DELAY = Pattern.compile("(\\d+(?:\\.\\d+)?)s");

    private GeminiErrors() {}

    /** The error a body holds; empty when it is not JSON or not Google's error shape. */
    static Optional<UpstreamError> parse(byte[] body) {
        return error(body).map(GeminiErrors::of);
    }

    /** The shared table's failure, refined with what only Gemini's body tells. */
    static ProviderFailure refine(ProviderFailure failure, byte[] body) {
        JsonNode error = error(body).orElse(null);
        if (error == null) return failure;
        int code = error.path("code").asInt(0);
        String status = error.path("status").asText("");
        if ((code == 400 || status.equals("INVALID_ARGUMENT")) && badKey(error)) {
            return new ProviderFailure.Unauthorized(failure.message());
        }
        if (code == 429 || status.equals("RESOURCE_EXHAUSTED")) {
            return new ProviderFailure.RateLimited(failure.message(), retryDelay(error));
        }
        return failure;
    }

    /** The failure an error event inside a stream means: its code is the status it would have as an HTTP answer. */
    static ProviderException inStream(byte[] event) {
        UpstreamError error = parse(event).orElseGet(() -> UpstreamError.of("the upstream reported an error"));
        int code = error(event).map(node -> node.path("code").asInt(0)).orElse(0);
        ProviderFailure failure = code >= 400 && code <= 599
                ? Failures.fromStatus(code, NO_HEADERS, error)
                : Failures.fromStreamError(error);
        return new ProviderException(refine(failure, event));
    }

    /** Whether a chunk of a stream is an error rather than a response. */
    static boolean isError(JsonNode chunk) {
        return chunk.path("error").isObject();
    }

    private static Optional<JsonNode> error(byte[] body) {
        JsonNode root;
        try {
            root = ProviderJson.tree(body, "error body");
        } catch (ProviderException notJson) {
            return Optional.empty();
        }
        if (root.isArray() && !root.isEmpty()) root = root.get(0);
        JsonNode error = root.path("error");
        return error.isObject() ? Optional.of(error) : Optional.empty();
    }

    private static UpstreamError of(JsonNode error) {
        String status = error.path("status").isTextual() ? error.path("status").textValue() : null;
        String code = error.path("code").canConvertToInt() ? error.path("code").asText() : null;
        return new UpstreamError(error.path("message").asText(""), status, code, null);
    }

    private static boolean badKey(JsonNode error) {
        for (JsonNode detail : error.path("details")) {
            if (detail.path("reason").asText("").equals("API_KEY_INVALID")) return true;
        }
        return error.path("message").asText("").contains("API key not valid");
    }

    /** {@code RetryInfo.retryDelay}, a protobuf Duration in JSON such as {@code "32s"} or {@code "1.5s"}. */
    static @Nullable Duration retryDelay(JsonNode error) {
        for (JsonNode detail : error.path("details")) {
            if (!detail.path("@type").asText("").endsWith("google.rpc.RetryInfo")) continue;
            var matcher = DELAY.matcher(detail.path("retryDelay").asText(""));
            if (matcher.matches()) {
                long millis = new BigDecimal(matcher.group(1)).movePointRight(3).longValue();
                return Duration.ofMillis(millis);
            }
        }
        return null;
    }
}
