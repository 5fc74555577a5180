package dev.switchboard.domain.rotation;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/** How long a profile cools down: exponential backoff, the failure cooldown, jitter and the upstream's own wish. */
final class Cooldowns {

    private final RotationSettings settings;
    private final RandomGenerator random;

    Cooldowns(RotationSettings settings, RandomGenerator random) {
        this.settings = settings;
        this.random = random;
    }

    /**
     * The cooldown after a rate limit that was the {@code failures}-th failure in a row: the upstream's
     * {@code Retry-After} exactly (between zero and {@link RotationSettings#LONGEST}) when given, else
     * {@code min(base * 2^(failures-1), max)} with jitter, never above the maximum: at the cap, cooldowns spread over
     * {@code [max * (1 - jitter), max]}.
     */
    Duration afterRateLimit(int failures, @Nullable Duration retryAfter) {
        if (retryAfter != null) return clamp(retryAfter);
        Duration max = settings.maxCooldown();
        Duration backoff = settings.baseCooldown();
        for (int i = 1; i < failures && backoff.compareTo(max) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        Duration jittered = jittered(backoff.compareTo(max) > 0 ? max : backoff);
        return jittered.compareTo(max) > 0 ? max : jittered;
    }

    /** The short cooldown once server errors, timeouts or network errors reach the threshold, with jitter. */
    Duration afterFailures() {
        return jittered(settings.failureCooldown());
    }

    private Duration jittered(Duration cooldown) {
        double factor = 1 + settings.jitter() * (2 * random.nextDouble() - 1);
        return Duration.ofNanos(Math.round(cooldown.toNanos() * factor));
    }

    private static Duration clamp(Duration retryAfter) {
        if (retryAfter.isNegative()) return Duration.ZERO;
        return retryAfter.compareTo(RotationSettings.LONGEST) > 0 ? RotationSettings.LONGEST : retryAfter;
    }
}
