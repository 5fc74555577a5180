package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented defaults of retries, circuits and limits, and the values they refuse. */
class ResilienceSettingsTest {

    private static final ResilienceSettings DEFAULTS = ResilienceSettings.defaults();

    @Test
    void the_defaults_are_the_documented_ones() {
        assertThat(DEFAULTS.retry())
                .isEqualTo(new ResilienceSettings.Retry(2, Duration.ofMillis(200), 2.0, 0.5, Duration.ofSeconds(2)));
        assertThat(DEFAULTS.breaker()).isEqualTo(new ResilienceSettings.Breaker(50, 10, 20, Duration.ofSeconds(30), 3));
        assertThat(DEFAULTS.maxConcurrent()).isEqualTo(10_000);
        assertThat(DEFAULTS.maxWait()).isEqualTo(Duration.ofMillis(100));
        assertThat(DEFAULTS.catalogueTtl()).isEqualTo(Duration.ofMinutes(10));
        assertThat(DEFAULTS.healthInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @ParameterizedTest(name = "attempts {0}, backoff {1}ms x{2} jitter {3} max {4}ms: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            0  | 100 | 2   | 0.5 | 1000 | retry attempts must be 1-10
            11 | 100 | 2   | 0.5 | 1000 | retry attempts must be 1-10
            2  | 0   | 2   | 0.5 | 1000 | initial backoff must be positive
            2  | 100 | 0.9 | 0.5 | 1000 | backoff multiplier must be at least 1
            2  | 100 | 2   | -0.1| 1000 | jitter must be at least 0 and below 1
            2  | 100 | 2   | 1   | 1000 | jitter must be at least 0 and below 1
            2  | 100 | 2   | 0.5 | 0    | max backoff must be positive
            """)
    void retries_refuse_values_out_of_range(
            int attempts, long backoff, double multiplier, double jitter, long max, String message) {
        assertThatThrownBy(() -> new ResilienceSettings.Retry(
                        attempts, Duration.ofMillis(backoff), multiplier, jitter, Duration.ofMillis(max)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void retries_accept_the_bounds() {
        assertThat(new ResilienceSettings.Retry(1, Duration.ofNanos(1), 1, 0, Duration.ofNanos(1)).maxAttempts())
                .isEqualTo(1);
        assertThat(new ResilienceSettings.Retry(10, Duration.ofMillis(1), 1, 0.99, Duration.ofMillis(1)).maxAttempts())
                .isEqualTo(10);
    }

    @ParameterizedTest(name = "rate {0}, minimum {1}, window {2}, open {3}s, half-open {4}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            0     | 10 | 20 | 30 | 3 | failure rate must be above 0 and at most 100 (percent)
            100.1 | 10 | 20 | 30 | 3 | failure rate must be above 0 and at most 100 (percent)
            50    | 0  | 20 | 30 | 3 | minimum calls must be at least 1
            50    | 10 | 9  | 30 | 3 | window must be at least minimum calls
            50    | 10 | 20 | 0  | 3 | open for must be positive
            50    | 10 | 20 | 30 | 0 | half-open calls must be at least 1
            """)
    void circuits_refuse_values_out_of_range(
            float rate, int minimum, int window, long openSeconds, int halfOpen, String message) {
        assertThatThrownBy(() -> new ResilienceSettings.Breaker(
                        rate, minimum, window, Duration.ofSeconds(openSeconds), halfOpen))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void limits_and_intervals_refuse_values_out_of_range() {
        assertThatThrownBy(() -> with(0, DEFAULTS.maxWait(), DEFAULTS.catalogueTtl(), DEFAULTS.healthInterval()))
                .hasMessage("max concurrent must be at least 1");
        assertThatThrownBy(() -> with(1, Duration.ofMillis(-1), DEFAULTS.catalogueTtl(), DEFAULTS.healthInterval()))
                .hasMessage("max wait must not be negative");
        assertThatThrownBy(() -> with(1, Duration.ZERO, Duration.ZERO, DEFAULTS.healthInterval()))
                .hasMessage("catalogue ttl must be positive");
        assertThatThrownBy(() -> with(1, Duration.ZERO, DEFAULTS.catalogueTtl(), Duration.ofSeconds(-1)))
                .hasMessage("health interval must not be negative");
        assertThatThrownBy(() -> new ResilienceSettings(
                        null, DEFAULTS.breaker(), 1, Duration.ZERO, Duration.ofMinutes(1), Duration.ZERO))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("retry");
    }

    @Test
    void no_wait_for_a_slot_and_no_background_health_check_are_allowed() {
        var settings = with(1, Duration.ZERO, DEFAULTS.catalogueTtl(), Duration.ZERO);

        assertThat(settings.maxWait()).isZero();
        assertThat(settings.healthInterval()).isZero();
    }

    private static ResilienceSettings with(int maxConcurrent, Duration maxWait, Duration ttl, Duration health) {
        return new ResilienceSettings(DEFAULTS.retry(), DEFAULTS.breaker(), maxConcurrent, maxWait, ttl, health);
    }
}
