package dev.switchboard.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.chat.Usage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageDefaultsTest {

    @ParameterizedTest(name = "{0} characters -> {1} tokens")
    @CsvSource({"0, 0", "-3, 0", "1, 1", "3, 1", "4, 1", "5, 2", "8, 2", "9, 3", "400, 100", "401, 101"})
    void estimates_four_characters_a_token_and_at_least_one(int characters, int tokens) {
        assertThat(UsageDefaults.estimate(characters)).isEqualTo(tokens);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({"'', 0", "a, 1", "Hello, 2", "Hello world!, 3"})
    void estimates_a_text_by_its_length(String text, int tokens) {
        assertThat(UsageDefaults.estimate(text)).isEqualTo(tokens);
    }

    @ParameterizedTest(name = "reported {0}+{1}")
    @CsvSource({"10, 5", "10, 0", "0, 5", "1, 0"})
    void keeps_the_usage_the_provider_reported(int prompt, int completion) {
        var reported = new Usage(prompt, completion, 0, 0, false);

        assertThat(UsageDefaults.apply(reported, "a long prompt text", "an answer"))
                .isSameAs(reported);
    }

    @Test
    void keeps_cached_and_reasoning_tokens_the_provider_reported() {
        var reported = new Usage(100, 50, 80, 30, false);

        assertThat(UsageDefaults.apply(reported, "x", "y")).isEqualTo(reported);
    }

    @Test
    void estimates_when_the_provider_reported_none() {
        assertThat(UsageDefaults.apply(null, "What is the capital?", "Paris")).isEqualTo(new Usage(5, 2, 0, 0, true));
    }

    @Test
    void estimates_when_the_provider_reported_only_zeros() {
        assertThat(UsageDefaults.apply(Usage.ZERO, "12345678", "")).isEqualTo(new Usage(2, 0, 0, 0, true));
    }

    @Test
    void an_estimate_of_nothing_is_zero_and_marked_estimated() {
        var usage = UsageDefaults.apply(null, "", "");

        assertThat(usage.totalTokens()).isZero();
        assertThat(usage.estimated()).isTrue();
    }
}
