package dev.switchboard.domain.normalize;

import java.time.Clock;

/**
 * {@code created} in epoch seconds, whatever the provider sent: seconds are kept, milliseconds, microseconds and
 * nanoseconds are scaled down, and a missing or impossible value becomes now.
 */
public final class CreatedTimestamp {

    private static final long MILLIS_THRESHOLD = 100_000_000_000L; // year 5138 in seconds, 1973 in millis
    private static final long MICROS_THRESHOLD = 100_000_000_000_000L;
    private static final long NANOS_THRESHOLD = 100_000_000_000_000_000L;

    private CreatedTimestamp() {}

    public static long normalize(long upstream, Clock clock) {
        if (upstream <= 0) return clock.instant().getEpochSecond();
        if (upstream >= NANOS_THRESHOLD) return upstream / 1_000_000_000;
        if (upstream >= MICROS_THRESHOLD) return upstream / 1_000_000;
        if (upstream >= MILLIS_THRESHOLD) return upstream / 1_000;
        return upstream;
    }
}
