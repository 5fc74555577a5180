package dev.switchboard.adapters.providers.shared;

import dev.switchboard.domain.provider.ProviderFailure;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one table from upstream answers to domain failures. Each provider parses its own error body into an
 * {@link UpstreamError}; the status decides the failure here. A 4xx the client caused stays a client error: it never
 * becomes a 5xx. Two decisions beyond the status: a 400, 413 or 422 that says the context window was exceeded is
 * {@code ContextLengthExceeded}; a 429 for an exhausted quota or balance ({@code insufficient_quota}) is
 * {@code Forbidden}, since waiting does not help that key, while other 429s are {@code RateLimited} with the wait the
 * upstream asked for and its {@code x-ratelimit-*} headers appended to the message.
 */
public final class Failures {

    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);
    private static final List<String> CONTEXT_WORDS = List.of(
            "context_length_exceeded",
            "maximum context length",
            "context length",
            "context window",
            "context size",
            "prompt is too long",
            "input is too long",
            "reduce the length of the messages");

    private Failures() {}

    /** The failure an answer with a non-2xx {@code status} means. */
    public static ProviderFailure fromStatus(int status, HttpHeaders headers, UpstreamError error) {
        return fromStatus(status, headers, error, Clock.systemUTC());
    }

    /** As {@link #fromStatus(int, HttpHeaders, UpstreamError)}, reading HTTP-date {@code Retry-After} by this clock. */
    static ProviderFailure fromStatus(int status, HttpHeaders headers, UpstreamError error, Clock clock) {
        String message = error.message();
        return switch (status) {
            case 400, 413, 422 ->
                saysContextLength(error)
                        ? new ProviderFailure.ContextLengthExceeded(message)
                        : new ProviderFailure.InvalidRequest(message, error.param());
            case 401 -> new ProviderFailure.Unauthorized(message);
            case 402, 403 -> new ProviderFailure.Forbidden(message);
            case 404 ->
                saysModelNotFound(error)
                        ? new ProviderFailure.ModelNotFound(message)
                        : new ProviderFailure.InvalidRequest(message, error.param());
            case 408, 504 -> new ProviderFailure.Timeout(upstream(status, error));
            case 429 ->
                saysQuotaExhausted(error)
                        ? new ProviderFailure.Forbidden(message)
                        : rateLimited(message, headers, clock);
            default ->
                status >= 400 && status < 500
                        ? new ProviderFailure.InvalidRequest(message, error.param())
                        : new ProviderFailure.Unavailable(status, upstream(status, error));
        };
    }

    /**
     * The failure an error object inside a stream means ({@code data: {"error":{...}}}), which comes with no status of
     * its own: a code that is an HTTP status (Azure writes {@code "429"}) is read as one; otherwise type and code
     * decide, and anything unrecognised counts as the upstream failing ({@code Unavailable} with status 0).
     */
    public static ProviderFailure fromStreamError(UpstreamError error) {
        Integer status = status(error.code());
        if (status != null) return fromStatus(status, NO_HEADERS, error);
        String kind = lower(error.type()) + " " + lower(error.code());
        if (saysQuotaExhausted(error)) return new ProviderFailure.Forbidden(error.message());
        if (kind.contains("rate_limit") || kind.startsWith("tokens ") || kind.startsWith("requests ")) {
            return new ProviderFailure.RateLimited(error.message(), null);
        }
        if (saysContextLength(error)) return new ProviderFailure.ContextLengthExceeded(error.message());
        if (kind.contains("invalid_request")) return new ProviderFailure.InvalidRequest(error.message(), error.param());
        return new ProviderFailure.Unavailable(0, "the upstream failed during the stream: " + error.message());
    }

    /** The failure an I/O problem means: timeouts are {@code Timeout}, the rest {@code Network}. */
    public static ProviderFailure fromIo(IOException e) {
        return switch (e) {
            case HttpConnectTimeoutException t ->
                new ProviderFailure.Timeout("could not connect to the upstream in time");
            case HttpTimeoutException t -> new ProviderFailure.Timeout("the upstream did not answer in time");
            case LineReader.TooLong t -> malformed("the upstream's answer has a line longer than the limit");
            case IOException u
            when unresolved(u) -> new ProviderFailure.Network("could not resolve the upstream's host name");
            case ConnectException c ->
                new ProviderFailure.Network("could not connect to the upstream (refused or unreachable)");
            case EOFException eof -> new ProviderFailure.Network("the upstream closed the connection early");
            default -> new ProviderFailure.Network("the connection to the upstream broke");
        };
    }

    /** The upstream answered something that is not its documented format. */
    public static ProviderFailure malformed(String what) {
        return new ProviderFailure.MalformedResponse("the upstream's answer is malformed: " + what);
    }

    /** java.net.http reports a failed name lookup as a connect failure caused, some levels down, by this. */
    private static boolean unresolved(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) return true;
        }
        return false;
    }

    private static ProviderFailure rateLimited(String message, HttpHeaders headers, Clock clock) {
        String limits = RateLimitHeaders.summary(headers);
        return new ProviderFailure.RateLimited(
                limits.isEmpty() ? message : message + " (" + limits + ")",
                RateLimitHeaders.retryAfter(headers, clock),
                RateLimitHeaders.limits(headers));
    }

    private static String upstream(int status, UpstreamError error) {
        String prefix = "the upstream answered HTTP " + status;
        return error.equals(UpstreamError.unknown(status)) ? prefix : prefix + ": " + error.message();
    }

    private static boolean saysContextLength(UpstreamError error) {
        String text = lower(error.code()) + " " + lower(error.message());
        return CONTEXT_WORDS.stream().anyMatch(text::contains);
    }

    private static boolean saysModelNotFound(UpstreamError error) {
        String code = lower(error.code());
        return code.equals("model_not_found")
                || code.equals("deploymentnotfound")
                || "model".equals(error.param())
                || lower(error.message()).contains("model")
                || lower(error.message()).contains("deployment");
    }

    private static boolean saysQuotaExhausted(UpstreamError error) {
        return lower(error.code()).equals("insufficient_quota")
                || lower(error.type()).equals("insufficient_quota")
                || lower(error.message()).contains("exceeded your current quota");
    }

    private static @Nullable Integer status(@Nullable String code) {
        if (code == null || !code.matches("[1-5]\\d\\d")) return null;
        int status = Integer.parseInt(code);
        return status >= 400 ? status : null;
    }

    private static String lower(@Nullable String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
