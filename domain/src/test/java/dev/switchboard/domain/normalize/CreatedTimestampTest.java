package dev.switchboard.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreatedTimestampTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00.750Z"), ZoneOffset.UTC);
    private static final long NOW = 1_748_779_200L;

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            seconds                       | 1700000000          | 1700000000
            the first second              | 1                   | 1
            the last second kept as is    | 99999999999         | 99999999999
            milliseconds                  | 1700000000123       | 1700000000
            the smallest milliseconds     | 100000000000        | 100000000
            microseconds                  | 1700000000123456    | 1700000000
            the smallest microseconds     | 100000000000000     | 100000000
            nanoseconds                   | 1700000000123456789 | 1700000000
            the smallest nanoseconds      | 100000000000000000  | 100000000
            """)
    void scales_upstream_timestamps_to_epoch_seconds(String what, long upstream, long expected) {
        assertThat(CreatedTimestamp.normalize(upstream, CLOCK)).as(what).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0", "-1", "-1700000000", "-9223372036854775808"})
    void a_missing_or_negative_timestamp_becomes_now_in_whole_seconds(long upstream) {
        assertThat(CreatedTimestamp.normalize(upstream, CLOCK)).isEqualTo(NOW);
    }
}
