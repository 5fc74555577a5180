package dev.switchboard.domain.provider;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of a provider's health check.
 *
 * @param detail what was checked, or why it failed; fit for an operator, never holding a secret
 * @param latency how long the check took
 */
public record Health(boolean up, String detail, Duration latency) {

    public Health {
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(latency, "latency");
    }

    public static Health up(String detail, Duration latency) {
        return new Health(true, detail, latency);
    }

    public static Health down(String detail, Duration latency) {
        return new Health(false, detail, latency);
    }
}
