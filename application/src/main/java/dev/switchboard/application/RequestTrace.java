package dev.switchboard.application;

import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.telemetry.RequestStart;
import dev.switchboard.domain.telemetry.Telemetry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * What the gateway did for one request, filled in as it routes: which model served it, after how many upstream
 * attempts, and how long was spent waiting for providers; once it ended, the tokens used, the failure if any and, for
 * a stream, the time to its first event. The HTTP layer turns it into the {@code x-switchboard-*}
 * response headers; a library caller reads it from its {@link RequestContext}. Thread-safe.
 */
public final class RequestTrace {

    /** The span of a request no use case has begun yet: it hears nothing. */
    private static final Telemetry.RequestSpan UNTRACED = Telemetry.NONE.request(
            new RequestStart("untraced", dev.switchboard.domain.usage.Endpoint.CHAT, "none", false, null));

    private final long startedNanos = System.nanoTime();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicLong upstreamNanos = new AtomicLong();
    private volatile @Nullable ModelRef servedBy;
    private volatile @Nullable ModelRef tried;
    private volatile @Nullable ProfileId profile;
    private volatile @Nullable Usage usage;
    private volatile @Nullable String failure;
    private volatile long firstEventNanos = -1;
    private volatile @Nullable Duration answeredOverhead;
    private volatile Telemetry.RequestSpan span = UNTRACED;

    /** The model that answered, once one did. */
    public @Nullable ModelRef servedBy() {
        return servedBy;
    }

    /** How many upstream calls the request took, across keys, retries and fallback targets. */
    public int attempts() {
        return attempts.get();
    }

    /** The time spent waiting for providers so far. */
    public Duration upstreamTime() {
        return Duration.ofNanos(upstreamNanos.get());
    }

    /**
     * The gateway's own time so far: everything since the request began except the time spent in upstream calls; once
     * the request ended, its own time before the answer (or a stream's first event), as the usage ledger recorded it.
     */
    public Duration overhead() {
        Duration answered = answeredOverhead;
        if (answered != null) return answered;
        long elapsed = System.nanoTime() - startedNanos;
        return Duration.ofNanos(Math.max(0, elapsed - upstreamNanos.get()));
    }

    /** The model last tried (the one that served, when one did). */
    public @Nullable ModelRef tried() {
        return tried;
    }

    /** The auth profile (upstream key) of the last attempt; null before any. */
    public @Nullable ProfileId profile() {
        return profile;
    }

    /** The tokens used, once the request ended (for a stream, once it was closed); else null. */
    public @Nullable Usage usage() {
        return usage;
    }

    /** The kind of failure that ended the request ({@code Timeout}, {@code ClientClosed}, ...), or null. */
    public @Nullable String failure() {
        return failure;
    }

    /** For a stream, the time from the request's start to its first content event; else null. */
    public @Nullable Duration timeToFirstToken() {
        long first = firstEventNanos;
        return first < 0 ? null : Duration.ofNanos(first - startedNanos);
    }

    /** The time since the request began. */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    void trying(ModelRef model) {
        tried = model;
    }

    void attempted(ProfileId profile) {
        this.profile = profile;
        attempts.incrementAndGet();
    }

    void firstEvent() {
        if (firstEventNanos < 0) firstEventNanos = System.nanoTime();
    }

    void ended(Usage usage, @Nullable String failure, Duration overhead) {
        this.usage = usage;
        this.failure = failure;
        this.answeredOverhead = overhead;
    }

    /** The request's telemetry span; a no-op one until a use case began the request. */
    Telemetry.RequestSpan span() {
        return span;
    }

    void began(Telemetry.RequestSpan span) {
        this.span = span;
    }

    void waitedUpstream(long nanos) {
        upstreamNanos.addAndGet(nanos);
    }

    void served(ModelRef model) {
        servedBy = model;
    }

    @Override
    public String toString() {
        return "RequestTrace[servedBy=" + servedBy + ", attempts=" + attempts + "]";
    }
}
