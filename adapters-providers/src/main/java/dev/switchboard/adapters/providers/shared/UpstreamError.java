package dev.switchboard.adapters.providers.shared;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an upstream error body said, as a provider's own parser read it. The message is cleaned on the way in: text
 * that looks like an API key or a bearer token is replaced, and it is cut to {@value #MAX_MESSAGE} characters.
 *
 * @param type the provider's error type ({@code invalid_request_error}, {@code insufficient_quota}, ...), or null
 * @param code the provider's error code, numeric codes as text ({@code model_not_found}, {@code "429"}), or null
 * @param param the request field the error is about, or null
 */
public record UpstreamError(
        String message,
        @Nullable String type,
        @Nullable String code,
        @Nullable String param) {

    static final int MAX_MESSAGE = 1000;

    /** Key characters, with dots only inside (so a sentence's full stop stays outside). */
    private static final String TOKEN = "[A-Za-z0-9*_~+/=\\-]{3,}(?:\\.[A-Za-z0-9*_~+/=\\-]+)*";

    private static final Pattern KEYS =
            Pattern.compile("\\b(?:sk|csk|gsk|xai|pk|rk|sess)-" + TOKEN + "|(?i:bearer)\\s+" + TOKEN);

    public UpstreamError {
        message = clean(Objects.requireNonNull(message, "message"));
    }

    /** An error body that said nothing useful: only the status is known. */
    public static UpstreamError unknown(int status) {
        return new UpstreamError("the upstream answered HTTP " + status, null, null, null);
    }

    /** An error message alone. */
    public static UpstreamError of(String message) {
        return new UpstreamError(message, null, null, null);
    }

    /** The same error with every occurrence of {@code secret} replaced, for a secret no pattern recognises. */
    public UpstreamError without(String secret) {
        if (secret.isEmpty() || !message.contains(secret)) return this;
        return new UpstreamError(message.replace(secret, "[redacted]"), type, code, param);
    }

    private static String clean(String message) {
        String redacted = KEYS.matcher(message.strip()).replaceAll("[redacted]");
        if (redacted.isEmpty()) return "the upstream reported an error without a message";
        return redacted.length() <= MAX_MESSAGE ? redacted : redacted.substring(0, MAX_MESSAGE) + "...";
    }
}
