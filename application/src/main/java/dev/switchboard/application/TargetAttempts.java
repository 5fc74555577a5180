package dev.switchboard.application;

import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.FailureStatus;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.telemetry.Telemetry;
import dev.switchboard.domain.telemetry.UpstreamStart;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Calls one target: through its circuit breaker and its provider's bulkhead, with the keys of key rotation, retrying a
 * retryable failure (5xx, timeout, network, malformed answer) after a backoff while attempts and the request's time
 * budget last. Refusals by the breaker or the bulkhead are not retried here: the request moves to its next target.
 */
final class TargetAttempts {

    /** How far a call's own timeout may run past the request's budget: routing's own time before the first call. */
    private static final Duration SLACK = Duration.ofMillis(50);

    private final Rotation rotation;
    private final Resilience resilience;
    private final Sleeper sleeper;

    /** Waits between retries; a test passes one that records instead of sleeping. */
    interface Sleeper {
        void sleep(Duration wait) throws InterruptedException;
    }

    TargetAttempts(Rotation rotation, Resilience resilience, Sleeper sleeper) {
        this.rotation = rotation;
        this.resilience = resilience;
        this.sleeper = sleeper;
    }

    /**
     * @param permitHeld true when the caller keeps the bulkhead permit past the call (an open stream): then
     *     {@code call} must arrange for {@link Bulkhead#onComplete()} itself once it returned
     */
    <T> T run(
            Target target,
            ModelRef model,
            RequestContext context,
            @Nullable String stickyKey,
            long deadline,
            boolean permitHeld,
            Function<CallContext, T> call) {
        CircuitBreaker breaker = resilience.breaker(model);
        Bulkhead bulkhead = resilience.bulkhead(model.provider());
        context.trace().trying(model);
        for (int attempt = 1; ; attempt++) {
            Duration timeout = remaining(target.provider().timeout(), deadline);
            if (!breaker.tryAcquirePermission()) {
                throw refused("the circuit of " + model + " is open after repeated failures");
            }
            if (!bulkhead.tryAcquirePermission()) {
                breaker.releasePermission();
                throw refused("provider " + model.provider() + " is at its limit of concurrent requests");
            }
            long started = System.nanoTime();
            boolean returned = false;
            try {
                T result = rotation.attempt(
                        target.provider(), context, stickyKey, timeout, c -> traced(target, model, context, c, call));
                returned = true;
                breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                context.trace().served(model);
                return result;
            } catch (ProviderException e) {
                long took = System.nanoTime() - started;
                if (Failover.providerFault(e.failure())) {
                    breaker.onError(took, TimeUnit.NANOSECONDS, e);
                } else {
                    breaker.releasePermission();
                }
                if (!retryHere(e.failure(), attempt, deadline)) throw e;
            } finally {
                context.trace().waitedUpstream(System.nanoTime() - started);
                if (!(returned && permitHeld)) bulkhead.onComplete();
            }
        }
    }

    /** Makes one upstream call inside its telemetry span, which also gives the trace context sent upstream. */
    private static <T> T traced(
            Target target, ModelRef model, RequestContext context, CallContext call, Function<CallContext, T> body) {
        RequestTrace trace = context.trace();
        trace.attempted(call.credential().profile());
        Telemetry.UpstreamSpan span = trace.span()
                .upstream(new UpstreamStart(
                        model, target.provider().type(), call.credential().profile(), trace.attempts()));
        @Nullable String failure = "Internal";
        try {
            T result = body.apply(call.withTraceParent(span.traceParent()));
            failure = null;
            return result;
        } catch (ProviderException e) {
            failure = FailureStatus.kind(e.failure());
            throw e;
        } finally {
            span.ended(failure);
        }
    }

    private boolean retryHere(ProviderFailure failure, int attempt, long deadline) {
        if (!Failover.providerFault(failure) || attempt >= resilience.maxAttempts()) return false;
        Duration wait = resilience.backoff(attempt);
        if (System.nanoTime() + wait.toNanos() >= deadline) return false;
        try {
            sleeper.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The call's own timeout, cut to what is left of the request's budget; within {@link #SLACK} of the budget the
     * call keeps its own, so a first call is not cut by the microseconds routing took.
     */
    private static Duration remaining(Duration timeout, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new ProviderException(new ProviderFailure.Timeout("the request's time budget is spent"));
        }
        return timeout.toNanos() <= left + SLACK.toNanos() ? timeout : Duration.ofNanos(left);
    }

    private static ProviderException refused(String message) {
        return new ProviderException(new ProviderFailure.Unavailable(503, message));
    }
}
