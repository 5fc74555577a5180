package dev.switchboard.application;

import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The resilience4j parts of routing: a circuit breaker per provider and model, a bulkhead (concurrency limit) per
 * provider, and the exponential backoff with jitter between retries. Thread-safe.
 */
final class Resilience {

    private final ResilienceSettings settings;
    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;
    private final IntervalFunction backoff;

    Resilience(ResilienceSettings settings, Clock clock) {
        this.settings = settings;
        ResilienceSettings.Breaker b = settings.breaker();
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(b.failureRate())
                .minimumNumberOfCalls(b.minimumCalls())
                .slidingWindow(b.window(), b.minimumCalls(), CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .waitDurationInOpenState(b.openFor())
                .permittedNumberOfCallsInHalfOpenState(b.halfOpenCalls())
                .clock(clock)
                .build());
        this.bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrent())
                .maxWaitDuration(settings.maxWait())
                .build());
        ResilienceSettings.Retry r = settings.retry();
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(
                r.initialBackoff(), r.multiplier(), r.jitter(), r.maxBackoff());
    }

    /** The breaker of one model at one provider. */
    CircuitBreaker breaker(ModelRef model) {
        return breakers.circuitBreaker(model.qualified());
    }

    /** The breakers that exist for the provider's models (made on first use), by model. */
    List<CircuitBreaker> breakers(ProviderId provider) {
        String prefix = provider.value() + "/";
        return breakers.getAllCircuitBreakers().stream()
                .filter(breaker -> breaker.getName().startsWith(prefix))
                .sorted(java.util.Comparator.comparing(CircuitBreaker::getName))
                .toList();
    }

    /** The concurrency limit of one provider. */
    Bulkhead bulkhead(ProviderId provider) {
        return bulkheads.bulkhead(provider.value());
    }

    /** The wait before retry {@code retry} (1 for the first retry). */
    Duration backoff(int retry) {
        return Duration.ofMillis(backoff.apply(retry));
    }

    int maxAttempts() {
        return settings.retry().maxAttempts();
    }
}
