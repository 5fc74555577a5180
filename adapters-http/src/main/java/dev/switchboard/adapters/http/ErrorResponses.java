package dev.switchboard.adapters.http;

import dev.switchboard.domain.provider.FailureStatus;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.openai.wire.ErrorBody;
import dev.switchboard.openai.wire.WireFormatException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Failure to HTTP, decided once: the status, OpenAI's error envelope and the headers that go with it. Messages are
 * fit for the client; a bug gets a generic message with the request id, and its stack trace goes to the log only.
 */
final class ErrorResponses {

    private static final System.Logger LOG = System.getLogger(ErrorResponses.class.getName());
    private static final String INVALID = "invalid_request_error";
    private static final String UPSTREAM = "upstream_error";

    /**
     * What to answer: status, body and, for 429, how long to wait and the provider's {@code x-ratelimit-*} headers.
     */
    record Answer(int status, ErrorBody body, @Nullable Duration retryAfter, Map<String, String> headers) {
        Answer(int status, ErrorBody body) {
            this(status, body, null, Map.of());
        }
    }

    private ErrorResponses() {}

    /** Answers {@code error} on {@code ctx}: the Javalin exception handler for everything a handler throws. */
    static void handle(Exception error, Context ctx) {
        write(ctx, answer(error, ctx.method().name(), ctx.path(), RequestIds.of(ctx)));
    }

    static void write(Context ctx, Answer answer) {
        ctx.status(answer.status())
                .contentType("application/json")
                .result(answer.body().toJson());
        if (answer.status() == 401) ctx.header("WWW-Authenticate", "Bearer");
        if (answer.retryAfter() != null) ctx.header("Retry-After", Long.toString(seconds(answer.retryAfter())));
        answer.headers().forEach(ctx::header);
    }

    static Answer answer(Throwable error, String method, String path, String requestId) {
        return switch (error) {
            case WireFormatException e -> new Answer(400, new ErrorBody(message(e), INVALID, e.param(), null));
            case IllegalArgumentException e -> new Answer(400, new ErrorBody(message(e), INVALID, null, null));
            case ProviderException e -> {
                LOG.log(Level.WARNING, "request {0} failed upstream: {1}", requestId, e.getMessage());
                yield answer(e.failure());
            }
            case HttpFailure e -> new Answer(e.status(), new ErrorBody(message(e), e.type(), e.param(), e.code()));
            case HttpResponseException e -> javalin(e, method, path);
            default -> {
                LOG.log(Level.ERROR, "request " + requestId + " failed with a bug", error);
                yield internal(requestId);
            }
        };
    }

    /** The one mapping of upstream failures to HTTP. */
    static Answer answer(ProviderFailure failure) {
        String message = failure.message();
        // The status is decided once, in the domain, so that the usage ledger records the same one.
        int status = FailureStatus.of(failure);
        return switch (failure) {
            case ProviderFailure.RateLimited r ->
                new Answer(
                        status,
                        new ErrorBody(message, "rate_limit_error", null, "rate_limit_exceeded"),
                        r.retryAfter(),
                        r.limits());
            // The caller's own key was accepted; the upstream refused the gateway's key, or forbade it a region,
            // project or model. The operator's configuration is at fault, not the client: 502, as for any upstream
            // failure (a 401 or 403 would tell the client to fix a key it cannot change).
            case ProviderFailure.Unauthorized u -> upstream(status, message, "upstream_unauthorized");
            case ProviderFailure.Forbidden f -> upstream(status, message, "upstream_forbidden");
            case ProviderFailure.ModelNotFound m ->
                new Answer(status, new ErrorBody(message, INVALID, null, "model_not_found"));
            case ProviderFailure.InvalidRequest i ->
                new Answer(status, new ErrorBody(message, INVALID, i.param(), null));
            case ProviderFailure.ContextLengthExceeded c ->
                new Answer(status, new ErrorBody(message, INVALID, "messages", "context_length_exceeded"));
            case ProviderFailure.Unavailable u -> upstream(status, message, "upstream_unavailable");
            case ProviderFailure.Timeout t -> upstream(status, message, "upstream_timeout");
            case ProviderFailure.Network n -> upstream(status, message, "upstream_network_error");
            case ProviderFailure.MalformedResponse m -> upstream(status, message, "upstream_malformed_response");
        };
    }

    /** The answer to a bug: nothing about it but the request id to find it in the log. */
    static Answer internal(String requestId) {
        return new Answer(
                500, new ErrorBody("internal error (request id " + requestId + ")", "server_error", null, null));
    }

    private static Answer upstream(int status, String message, String code) {
        return new Answer(status, new ErrorBody(message, UPSTREAM, null, code));
    }

    /** Javalin's own answers: no route (404), a route without this method (405), a body over its limit (413). */
    private static Answer javalin(HttpResponseException e, String method, String path) {
        return switch (e.getStatus()) {
            case 404 ->
                new Answer(
                        404,
                        new ErrorBody(
                                "Unknown request URL: " + method + " " + path + ".", INVALID, null, "unknown_url"));
            case 405 ->
                new Answer(
                        405,
                        new ErrorBody(
                                "Method " + method + " is not allowed on " + path + ".",
                                INVALID,
                                null,
                                "method_not_allowed"));
            case 413 ->
                new Answer(413, new ErrorBody("The request body is too large.", INVALID, null, "request_too_large"));
            default ->
                new Answer(
                        e.getStatus(),
                        new ErrorBody(message(e), e.getStatus() >= 500 ? "server_error" : INVALID, null, null));
        };
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? "invalid request" : e.getMessage();
    }

    /** Whole seconds, rounded up, at least one: {@code Retry-After} takes no fractions. */
    static long seconds(Duration duration) {
        long seconds = duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
