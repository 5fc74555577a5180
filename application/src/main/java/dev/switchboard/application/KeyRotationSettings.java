package dev.switchboard.application;

import dev.switchboard.domain.rotation.RotationSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How the gateway rotates each provider's keys.
 *
 * @param rules the rotation policy's parameters: cooldowns, failure threshold, jitter, stickiness
 * @param refresh how often a gateway re-reads the profiles and their state from the store (default 1s); the hot path
 *     reads memory in between, so a node acts on state up to this old (zero reads the store on every request)
 * @param probeInterval how often disabled keys are checked and, when they work again, brought back (default 5m);
 *     zero turns the probe off
 */
public record KeyRotationSettings(RotationSettings rules, Duration refresh, Duration probeInterval) {

    /** The longest refresh accepted: state older than this is no longer worth calling live. */
    public static final Duration LONGEST_REFRESH = Duration.ofHours(1);

    public KeyRotationSettings {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(refresh, "refresh");
        Objects.requireNonNull(probeInterval, "probeInterval");
        if (refresh.isNegative() || refresh.compareTo(LONGEST_REFRESH) > 0) {
            throw new IllegalArgumentException("refresh must be from zero to an hour");
        }
        if (probeInterval.isNegative()) throw new IllegalArgumentException("probeInterval must not be negative");
    }

    /** {@link RotationSettings#defaults()}, refresh every second, probe every five minutes. */
    public static KeyRotationSettings defaults() {
        return new KeyRotationSettings(RotationSettings.defaults(), Duration.ofSeconds(1), Duration.ofMinutes(5));
    }
}
