package dev.switchboard.adapters.providers.openai;

import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The error table: upstream errors as each dialect writes them, and the failure each one means. */
final class ErrorCases {

    static final List<String> DIALECTS = List.of("openai", "azure", "cerebras", "openai-compatible");

    private static final String CONTEXT = "This model's maximum context length is 128000 tokens. However, your"
            + " messages resulted in 130001 tokens. Please reduce the length of the messages.";

    private ErrorCases() {}

    /**
     * One upstream error and what it must become.
     *
     * @param headers response headers as name, value, ...
     * @param failure the exact failure expected, or null when only its kind is checked
     * @param kind the failure's type
     */
    record Case(
            String name,
            int status,
            String message,
            String type,
            String code,
            List<String> headers,
            ProviderFailure failure,
            Class<? extends ProviderFailure> kind) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The body of an error in one dialect's shape. */
    static String body(String dialect, Case row) {
        return switch (dialect) {
            case "openai" ->
                "{\"error\":{\"message\":\"%s\",\"type\":\"%s\",\"param\":null,\"code\":%s}}"
                        .formatted(row.message(), row.type(), quoted(row.code()));
            // Azure: the code is often a status written as a string, and the type is missing or null.
            case "azure" ->
                "{\"error\":{\"code\":%s,\"message\":\"%s\",\"type\":null}}"
                        .formatted(quoted(row.code()), row.message());
            // Cerebras and vLLM: the fields at the top level, with no error wrapper.
            default ->
                "{\"message\":\"%s\",\"type\":\"%s\",\"param\":null,\"code\":%s}"
                        .formatted(row.message(), row.type(), quoted(row.code()));
        };
    }

    static List<Case> cases() {
        String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
        return List.of(
                exact(
                        "400 context length",
                        400,
                        CONTEXT,
                        "context_length_exceeded",
                        new ProviderFailure.ContextLengthExceeded(CONTEXT)),
                exact(
                        "400 invalid",
                        400,
                        "Invalid value for temperature",
                        null,
                        new ProviderFailure.InvalidRequest("Invalid value for temperature", null)),
                exact(
                        "401",
                        401,
                        "Incorrect API key provided: sk-abc***xyz.",
                        "invalid_api_key",
                        new ProviderFailure.Unauthorized("Incorrect API key provided: [redacted].")),
                exact(
                        "403",
                        403,
                        "You are not allowed to sample from this model",
                        null,
                        new ProviderFailure.Forbidden("You are not allowed to sample from this model")),
                exact(
                        "404 model",
                        404,
                        "The model gpt-9 does not exist",
                        "model_not_found",
                        new ProviderFailure.ModelNotFound("The model gpt-9 does not exist")),
                exact(
                        "408",
                        408,
                        "Request timed out",
                        null,
                        new ProviderFailure.Timeout("the upstream answered HTTP 408: Request timed out")),
                exact("409", 409, "Conflict", null, new ProviderFailure.InvalidRequest("Conflict", null)),
                exact("422", 422, "Unprocessable", null, new ProviderFailure.InvalidRequest("Unprocessable", null)),
                new Case(
                        "429 retry-after seconds",
                        429,
                        "Rate limit reached",
                        "tokens",
                        "rate_limit_exceeded",
                        List.of("retry-after", "20", "x-ratelimit-remaining-tokens", "0"),
                        new ProviderFailure.RateLimited(
                                "Rate limit reached (x-ratelimit-remaining-tokens: 0)",
                                Duration.ofSeconds(20),
                                java.util.Map.of("x-ratelimit-remaining-tokens", "0")),
                        ProviderFailure.RateLimited.class),
                new Case(
                        "429 retry-after date",
                        429,
                        "Rate limit reached",
                        "requests",
                        "rate_limit_exceeded",
                        List.of("retry-after", inAnHour),
                        null,
                        ProviderFailure.RateLimited.class),
                exact(
                        "429 insufficient quota",
                        429,
                        "You exceeded your current quota",
                        "insufficient_quota",
                        new ProviderFailure.Forbidden("You exceeded your current quota")),
                server(500, "The server had an error"),
                server(502, "Bad gateway"),
                server(503, "The engine is currently overloaded"),
                exact(
                        "504",
                        504,
                        "Gateway timeout",
                        null,
                        new ProviderFailure.Timeout("the upstream answered HTTP 504: Gateway timeout")),
                server(529, "Overloaded"));
    }

    private static Case exact(String name, int status, String message, String code, ProviderFailure failure) {
        String type = status >= 500 ? "server_error" : "invalid_request_error";
        return new Case(name, status, message, type, code, List.of(), failure, failure.getClass());
    }

    private static Case server(int status, String message) {
        var failure = new ProviderFailure.Unavailable(status, "the upstream answered HTTP " + status + ": " + message);
        return exact(Integer.toString(status), status, message, null, failure);
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
