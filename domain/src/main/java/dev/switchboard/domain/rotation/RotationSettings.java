package dev.switchboard.domain.rotation;

import java.time.Duration;
import java.util.Objects;

/**
 * The tunable parameters of {@link RotationPolicy}; {@link #defaults()} gives the documented defaults.
 *
 * @param baseCooldown the first cooldown after a rate limit without {@code Retry-After}; each further consecutive
 *     failure doubles it (default 1s)
 * @param maxCooldown the cap of that exponential backoff, jitter included (default 5m)
 * @param failureThreshold consecutive server errors, timeouts, network errors or malformed responses after which the
 *     profile cools down (default 3)
 * @param failureCooldown how long that cooldown lasts (default 30s)
 * @param jitter the fraction by which computed cooldowns vary either way, so that keys and nodes do not retry in step:
 *     0.2 means ±20% (default 0.2); an upstream {@code Retry-After} is honoured exactly, without jitter, up to
 *     {@link #LONGEST}
 * @param stickiness whether requests with the same conversation key stay on one profile while it is usable, so that
 *     provider-side prompt caching keeps working (default on)
 */
public record RotationSettings(
        Duration baseCooldown,
        Duration maxCooldown,
        int failureThreshold,
        Duration failureCooldown,
        double jitter,
        boolean stickiness) {

    /**
     * The longest cooldown the settings accept and the longest upstream {@code Retry-After} honoured, so that a garbled
     * header cannot retire a key for years; it also keeps every computation far from overflow.
     */
    public static final Duration LONGEST = Duration.ofDays(1);

    public RotationSettings {
        checkCooldown(baseCooldown, "baseCooldown");
        checkCooldown(maxCooldown, "maxCooldown");
        checkCooldown(failureCooldown, "failureCooldown");
        if (maxCooldown.compareTo(baseCooldown) < 0) {
            throw new IllegalArgumentException("maxCooldown must not be shorter than baseCooldown");
        }
        if (failureThreshold < 1) throw new IllegalArgumentException("failureThreshold must be at least 1");
        if (!(jitter >= 0 && jitter < 1)) throw new IllegalArgumentException("jitter must be at least 0 and below 1");
    }

    /** 1s base, 5m cap, 3 failures, 30s failure cooldown, ±20% jitter, stickiness on. */
    public static RotationSettings defaults() {
        return new RotationSettings(Duration.ofSeconds(1), Duration.ofMinutes(5), 3, Duration.ofSeconds(30), 0.2, true);
    }

    private static void checkCooldown(Duration cooldown, String field) {
        Objects.requireNonNull(cooldown, field);
        if (cooldown.isNegative() || cooldown.isZero() || cooldown.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException(field + " must be positive and at most a day");
        }
    }
}
