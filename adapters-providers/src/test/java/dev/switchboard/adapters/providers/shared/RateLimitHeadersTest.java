package dev.switchboard.adapters.providers.shared;

import static dev.switchboard.adapters.providers.shared.FailuresTest.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How long a rate-limited caller waits, read from the headers OpenAI, Azure and Cerebras send. */
class RateLimitHeadersTest {

    @ParameterizedTest(name = "{0}: {1} waits {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "retry-after | 20 | PT20S",
                "retry-after | 1.5 | PT1.5S",
                "retry-after | Thu, 21 Aug 2025 12:41:00 GMT | PT1M",
                "retry-after | Thu, 21 Aug 2025 12:39:00 GMT | PT0S",
                "retry-after-ms | 1574 | PT1.574S"
            })
    void reads_the_wait_from_retry_after_in_seconds_dates_or_milliseconds(String header, String value, Duration wait) {
        var failure = (ProviderFailure.RateLimited) status(429, UpstreamError.of("slow down"), header, value);

        assertThat(failure.retryAfter()).isEqualTo(wait);
        assertThat(failure.message()).isEqualTo("slow down");
    }

    @Test
    void prefers_retry_after_ms_and_falls_back_to_the_reset_of_an_exhausted_limit() {
        var both = (ProviderFailure.RateLimited)
                status(429, UpstreamError.of("x"), "retry-after", "2", "retry-after-ms", "1574");
        var resets = (ProviderFailure.RateLimited) status(
                429,
                UpstreamError.of("x"),
                "x-ratelimit-remaining-requests",
                "4999",
                "x-ratelimit-reset-requests",
                "12ms",
                "x-ratelimit-remaining-tokens",
                "0",
                "x-ratelimit-reset-tokens",
                "6m0.5s",
                "retry-after",
                "soon");

        assertThat(both.retryAfter()).isEqualTo(Duration.ofMillis(1574));
        assertThat(resets.retryAfter()).isEqualTo(Duration.ofMillis(360_500));
        assertThat(resets.message())
                .isEqualTo("x (x-ratelimit-remaining-requests: 4999, x-ratelimit-remaining-tokens: 0,"
                        + " x-ratelimit-reset-requests: 12ms, x-ratelimit-reset-tokens: 6m0.5s)");
        assertThat(resets.limits())
                .containsExactly(
                        java.util.Map.entry("x-ratelimit-remaining-requests", "4999"),
                        java.util.Map.entry("x-ratelimit-remaining-tokens", "0"),
                        java.util.Map.entry("x-ratelimit-reset-requests", "12ms"),
                        java.util.Map.entry("x-ratelimit-reset-tokens", "6m0.5s"));
        assertThat(both.limits()).isEmpty();
    }

    @Test
    void a_rate_limit_without_any_hint_has_no_wait() {
        var failure = (ProviderFailure.RateLimited) status(
                429,
                UpstreamError.of("x"),
                "x-ratelimit-remaining-tokens",
                "0",
                "x-ratelimit-reset-tokens",
                "whenever");

        assertThat(failure.retryAfter()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1h2m3.5s | PT1H2M3.5S",
                "250us | PT0.00025S",
                "10ns | PT0.00000001S",
                "7.5 | PT7.5S",
                "12ms | PT0.012S"
            })
    void reads_resets_as_go_durations_or_seconds(String text, Duration expected) {
        assertThat(RateLimitHeaders.reset(text)).contains(expected);
    }
}
