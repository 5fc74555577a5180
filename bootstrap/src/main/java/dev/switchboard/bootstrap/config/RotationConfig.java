package dev.switchboard.bootstrap.config;

import dev.switchboard.domain.rotation.RotationSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How each provider's keys rotate: the {@code rotation} section. Durations are a number of seconds or text such as
 * {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}.
 *
 * @param rules {@code base_cooldown} (1s), {@code max_cooldown} (5m), {@code failure_threshold} (3),
 *     {@code failure_cooldown} (30s), {@code jitter} (0.2) and {@code stickiness} (true): see
 *     {@link RotationSettings}
 * @param refresh {@code refresh}: how often a node re-reads the keys' state from the database (default 1s; 0 reads it
 *     on every request); a node may act on state this old
 * @param probeInterval {@code probe_interval}: how often keys disabled by a 401 or 403 are checked and brought back
 *     when they work again (default 5m; 0 turns the probe off)
 */
public record RotationConfig(RotationSettings rules, Duration refresh, Duration probeInterval) {

    static final Duration DAY = Duration.ofDays(1);
    static final Duration HOUR = Duration.ofHours(1);

    public RotationConfig {
        Objects.requireNonNull(rules, "rotation");
        if (refresh == null || refresh.isNegative() || refresh.compareTo(HOUR) > 0) {
            throw new IllegalArgumentException("rotation.refresh must be from 0s to 1h");
        }
        if (probeInterval == null || probeInterval.isNegative() || probeInterval.compareTo(DAY) > 0) {
            throw new IllegalArgumentException("rotation.probe_interval must be from 0s to 24h");
        }
    }

    public static RotationConfig defaults() {
        return new RotationConfig(RotationSettings.defaults(), Duration.ofSeconds(1), Duration.ofMinutes(5));
    }

    static RotationConfig read(Node rotation) {
        RotationSettings defaults = RotationSettings.defaults();
        Duration millisecond = Duration.ofMillis(1);
        String cooldowns = "from 1ms to 24h";
        Duration base = rotation.duration("base_cooldown", defaults.baseCooldown(), millisecond, DAY, cooldowns);
        Duration max = rotation.duration("max_cooldown", defaults.maxCooldown(), millisecond, DAY, cooldowns);
        if (max.compareTo(base) < 0) {
            rotation.report("max_cooldown", "must not be shorter than base_cooldown");
            max = base;
        }
        var rules = new RotationSettings(
                base,
                max,
                (int) rotation.whole("failure_threshold", defaults.failureThreshold(), 1, 1000),
                rotation.duration("failure_cooldown", defaults.failureCooldown(), millisecond, DAY, cooldowns),
                rotation.fraction("jitter", defaults.jitter(), 0, 1),
                rotation.bool("stickiness", defaults.stickiness()));
        var config = new RotationConfig(
                rules,
                rotation.duration("refresh", Duration.ofSeconds(1), Duration.ZERO, HOUR, "from 0s to 1h"),
                rotation.duration("probe_interval", Duration.ofMinutes(5), Duration.ZERO, DAY, "from 0s (off) to 24h"));
        rotation.rejectUnknown();
        return config;
    }
}
