package dev.switchboard.application;

import dev.switchboard.domain.model.ModelRef;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * What the gateway did for one request, filled in as it routes: which model served it, after how many upstream
 * attempts, and how long was spent waiting for providers. The HTTP layer turns it into the {@code x-switchboard-*}
 * response headers; a library caller reads it from its {@link RequestContext}. Thread-safe.
 */
public final class RequestTrace {

    private final long startedNanos = System.nanoTime();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicLong upstreamNanos = new AtomicLong();
    private volatile @Nullable ModelRef servedBy;

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

    /** The gateway's own time so far: everything since the request began except the time spent in upstream calls. */
    public Duration overhead() {
        long elapsed = System.nanoTime() - startedNanos;
        return Duration.ofNanos(Math.max(0, elapsed - upstreamNanos.get()));
    }

    void attempted() {
        attempts.incrementAndGet();
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
