package dev.switchboard.application;

import java.time.Duration;
import java.util.Objects;

/**
 * How the gateway rides out failing providers: retries of one target, a circuit breaker per provider and model, a
 * concurrency limit per provider, and how often the catalogue and provider health are refreshed.
 *
 * @param retry retries of one target before the request moves to the next target of its route
 * @param breaker the circuit breaker of each provider and model
 * @param maxConcurrent the most calls in flight to one provider (streams count until they end)
 * @param maxWait how long a call waits for a free slot at a provider at its limit before moving on
 * @param catalogueTtl how long a provider's model list is served before it is fetched again
 * @param healthInterval how often each provider's health check runs in the background
 */
public record ResilienceSettings(
        Retry retry,
        Breaker breaker,
        int maxConcurrent,
        Duration maxWait,
        Duration catalogueTtl,
        Duration healthInterval) {

    public ResilienceSettings {
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(breaker, "breaker");
        if (maxConcurrent < 1) throw new IllegalArgumentException("max concurrent must be at least 1");
        notNegative(maxWait, "max wait");
        positive(catalogueTtl, "catalogue ttl");
        notNegative(healthInterval, "health interval");
    }

    /**
     * Retries of a retryable failure (5xx, timeout, network error, malformed answer) at the same target, spaced by
     * exponential backoff with jitter; the whole request never outlasts the gateway's request timeout.
     *
     * @param maxAttempts calls to one target, the first included (1 = no retry)
     * @param initialBackoff the wait before the first retry
     * @param multiplier how much each later wait grows
     * @param jitter the random share of each wait, 0-1 (0.5: between half and one and a half times the wait)
     * @param maxBackoff the longest wait
     */
    public record Retry(
            int maxAttempts, Duration initialBackoff, double multiplier, double jitter, Duration maxBackoff) {
        public Retry {
            if (maxAttempts < 1 || maxAttempts > 10) throw new IllegalArgumentException("retry attempts must be 1-10");
            positive(initialBackoff, "initial backoff");
            if (multiplier < 1) throw new IllegalArgumentException("backoff multiplier must be at least 1");
            if (jitter < 0 || jitter >= 1) throw new IllegalArgumentException("jitter must be at least 0 and below 1");
            positive(maxBackoff, "max backoff");
        }
    }

    /**
     * A circuit breaker per provider and model: it opens when the share of failed calls among the last
     * {@code window} reaches {@code failureRate} (after at least {@code minimumCalls}), refuses calls for
     * {@code openFor}, then lets {@code halfOpenCalls} through to decide whether to close again.
     */
    public record Breaker(float failureRate, int minimumCalls, int window, Duration openFor, int halfOpenCalls) {
        public Breaker {
            if (failureRate <= 0 || failureRate > 100) {
                throw new IllegalArgumentException("failure rate must be above 0 and at most 100 (percent)");
            }
            if (minimumCalls < 1) throw new IllegalArgumentException("minimum calls must be at least 1");
            if (window < minimumCalls) throw new IllegalArgumentException("window must be at least minimum calls");
            positive(openFor, "open for");
            if (halfOpenCalls < 1) throw new IllegalArgumentException("half-open calls must be at least 1");
        }
    }

    /** The documented defaults (docs/configuration.md). */
    public static ResilienceSettings defaults() {
        return new ResilienceSettings(
                new Retry(2, Duration.ofMillis(200), 2.0, 0.5, Duration.ofSeconds(2)),
                new Breaker(50, 10, 20, Duration.ofSeconds(30), 3),
                10_000,
                Duration.ofMillis(100),
                Duration.ofMinutes(10),
                Duration.ofSeconds(30));
    }

    private static void positive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static void notNegative(Duration value, String name) {
        if (value == null || value.isNegative()) throw new IllegalArgumentException(name + " must not be negative");
    }
}
