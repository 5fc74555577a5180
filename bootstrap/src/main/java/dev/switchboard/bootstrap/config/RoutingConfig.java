package dev.switchboard.bootstrap.config;

import dev.switchboard.application.ResilienceSettings;
import java.time.Duration;

/**
 * How requests ride out failing providers: the {@code routing} section. Every key is optional; the defaults are
 * {@link ResilienceSettings#defaults()}.
 *
 * <pre>{@code
 * routing:
 *   retry: {max_attempts: 2, initial_backoff: 200ms, multiplier: 2, jitter: 0.5, max_backoff: 2s}
 *   circuit_breaker: {failure_rate: 50, minimum_calls: 10, window: 20, open_for: 30s, half_open_calls: 3}
 *   max_concurrent: 10000      # calls in flight per provider
 *   max_wait: 100ms            # wait for a slot before moving to the next target
 *   catalogue_ttl: 10m         # model lists are fetched again after this
 *   health_interval: 30s       # background health checks (0s: off)
 * }</pre>
 */
final class RoutingConfig {

    private static final Duration MILLI = Duration.ofMillis(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private RoutingConfig() {}

    static ResilienceSettings read(Node routing) {
        ResilienceSettings defaults = ResilienceSettings.defaults();
        var retry = routing.child("retry")
                .map(node -> retry(node, defaults.retry()))
                .orElse(defaults.retry());
        var breaker = routing.child("circuit_breaker")
                .map(node -> breaker(node, defaults.breaker()))
                .orElse(defaults.breaker());
        var settings = new ResilienceSettings(
                retry,
                breaker,
                (int) routing.whole("max_concurrent", defaults.maxConcurrent(), 1, 100_000),
                routing.duration("max_wait", defaults.maxWait(), Duration.ZERO, MINUTE, "from 0s to 1m"),
                routing.duration(
                        "catalogue_ttl", defaults.catalogueTtl(), Duration.ofSeconds(1), DAY, "from 1s to 24h"),
                routing.duration("health_interval", defaults.healthInterval(), Duration.ZERO, HOUR, "from 0s to 1h"));
        routing.rejectUnknown();
        return settings;
    }

    private static ResilienceSettings.Retry retry(Node retry, ResilienceSettings.Retry defaults) {
        Duration initial =
                retry.duration("initial_backoff", defaults.initialBackoff(), MILLI, MINUTE, "from 1ms to 1m");
        Duration max = retry.duration("max_backoff", defaults.maxBackoff(), MILLI, MINUTE, "from 1ms to 1m");
        if (max.compareTo(initial) < 0) {
            retry.report("max_backoff", "must not be shorter than initial_backoff");
            max = initial;
        }
        var settings = new ResilienceSettings.Retry(
                (int) retry.whole("max_attempts", defaults.maxAttempts(), 1, 10),
                initial,
                retry.fraction("multiplier", defaults.multiplier(), 1, 11),
                retry.fraction("jitter", defaults.jitter(), 0, 1),
                max);
        retry.rejectUnknown();
        return settings;
    }

    private static ResilienceSettings.Breaker breaker(Node breaker, ResilienceSettings.Breaker defaults) {
        int minimum = (int) breaker.whole("minimum_calls", defaults.minimumCalls(), 1, 10_000);
        int window = (int) breaker.whole("window", Math.max(defaults.window(), minimum), 1, 10_000);
        if (window < minimum) {
            breaker.report("window", "must not be smaller than minimum_calls");
            window = minimum;
        }
        var settings = new ResilienceSettings.Breaker(
                (float) breaker.fraction("failure_rate", defaults.failureRate(), 1, 100.000_1),
                minimum,
                window,
                breaker.duration("open_for", defaults.openFor(), MILLI, HOUR, "from 1ms to 1h"),
                (int) breaker.whole("half_open_calls", defaults.halfOpenCalls(), 1, 1000));
        breaker.rejectUnknown();
        return settings;
    }
}
