package dev.switchboard.adapters.providers.shared;

import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.telemetry.TraceParent;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Sends requests to one upstream over one {@link HttpClient} (HTTP/1.1, kept-alive connections, no redirects). Every
 * request carries {@code X-Request-ID} and the call's timeout; every non-2xx answer becomes a
 * {@link ProviderException} through the provider's error-body parser and {@link Failures}. Thread-safe.
 */
public final class HttpTransport {

    /** How much of an error body is read; the rest is not worth waiting for. */
    static final int MAX_ERROR_BODY = 64 * 1024;

    private final HttpClient client;
    private final Function<byte[], Optional<UpstreamError>> errors;
    private final Refinement refinement;

    /**
     * A provider's last word on a failure the shared table decided, for what only its error body tells (Gemini reports
     * a bad key as 400 and the wait of a 429 in the body).
     */
    @FunctionalInterface
    public interface Refinement {
        /** The failure to report, given the table's and the error body read (possibly cut short or empty). */
        ProviderFailure refine(ProviderFailure failure, byte[] body);
    }

    /** Runs the HTTP client's completion and body-handling tasks, shared by every transport. */
    private static final java.util.concurrent.Executor UPSTREAM_EXECUTOR =
            java.util.concurrent.Executors.newThreadPerTaskExecutor(
                    Thread.ofVirtual().name("switchboard-upstream-", 0).factory());

    /**
     * @param connectTimeout how long opening a connection may take
     * @param errors the provider's own error-body parser; empty when the body is not its error shape
     */
    public HttpTransport(Duration connectTimeout, Function<byte[], Optional<UpstreamError>> errors) {
        this(connectTimeout, errors, (failure, body) -> failure);
    }

    /** As {@link #HttpTransport(Duration, Function)}, with the provider's refinement of each failure. */
    public HttpTransport(
            Duration connectTimeout, Function<byte[], Optional<UpstreamError>> errors, Refinement refinement) {
        // The client's own default executor is a cached pool of platform threads that grows with concurrent calls
        // (70 threads under the benchmark's load, a third of the CPU samples); its work is short hand-offs between
        // the selector and the blocked caller, which virtual threads carry at a fraction of the cost.
        this.client = HttpClient.newBuilder()
                .executor(UPSTREAM_EXECUTOR)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.errors = errors;
        this.refinement = refinement;
    }

    /**
     * Sends the request and reads the whole 2xx answer.
     *
     * @throws ProviderException for a non-2xx answer, an I/O failure or a timeout
     */
    public Answer exchange(HttpRequest.Builder request, CallContext context) {
        ResponseBody body = open(request, context);
        return new Answer(body.status(), body.headers(), body.readAll());
    }

    /**
     * Sends the request and returns the open body once the upstream answered 2xx; the caller must close it.
     *
     * @throws ProviderException for a non-2xx answer, an I/O failure or a timeout
     */
    public ResponseBody open(HttpRequest.Builder request, CallContext context) {
        request.setHeader("X-Request-ID", context.requestId());
        TraceParent trace = context.traceParent();
        if (trace != null) request.setHeader("traceparent", trace.header());
        var body = new ResponseBody(send(request.build(), context.timeout()), context.timeout());
        if (body.status() >= 200 && body.status() < 300) return body;
        throw failure(body, context.credential());
    }

    /**
     * Waits for the answer's headers at most {@code timeout}. Not {@code HttpRequest.timeout}: the client arms and
     * disarms a timer for it under its lock and wakes its selector thread each time, a tenth of the gateway's CPU
     * samples under load; a deadline on the waiting (virtual) thread costs a timed park.
     */
    private HttpResponse<InputStream> send(HttpRequest request, Duration timeout) {
        var answer = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        try {
            return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new ProviderException(Failures.fromIo(new HttpTimeoutException("request timed out")), e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause(), e);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new ProviderException(new ProviderFailure.Network("the call to the upstream was interrupted"), e);
        }
    }

    private static RuntimeException unwrap(@Nullable Throwable cause, ExecutionException e) {
        if (cause instanceof IOException io) return new ProviderException(Failures.fromIo(io), io);
        if (cause instanceof RuntimeException unchecked) return unchecked;
        return new ProviderException(new ProviderFailure.Network("the call to the upstream failed"), e);
    }

    private ProviderException failure(ResponseBody body, Credential credential) {
        byte[] bytes;
        try {
            bytes = body.readAtMost(MAX_ERROR_BODY);
        } catch (ProviderException unreadable) {
            // The status alone still says what went wrong; a body cut short adds nothing to it.
            bytes = new byte[0];
        }
        UpstreamError error = errors.apply(bytes).orElseGet(() -> UpstreamError.unknown(body.status()));
        if (credential instanceof Credential.ApiKey key)
            error = error.without(key.key().reveal());
        return new ProviderException(
                refinement.refine(Failures.fromStatus(body.status(), body.headers(), error), bytes));
    }
}
