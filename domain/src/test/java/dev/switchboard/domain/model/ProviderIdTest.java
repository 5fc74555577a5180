package dev.switchboard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderIdTest {

    private static final String LONGEST = "a".repeat(64);

    @ParameterizedTest
    @ValueSource(
            strings = {"openai", "a", "0", "azure-eu", "my_provider", "x1-y_2", "abcdefghijklmnopqrstuvwxyz0123456789"})
    void accepts_lower_case_letters_digits_dash_and_underscore(String value) {
        assertThat(ProviderId.isValid(value)).isTrue();
        assertThat(ProviderId.of(value).value()).isEqualTo(value);
        assertThat(ProviderId.of(value)).hasToString(value);
    }

    @Test
    void accepts_64_characters() {
        assertThat(ProviderId.of(LONGEST).value()).hasSize(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "OpenAI", "-openai", "_openai", "open ai", "open/ai", "open.ai", "ümlaut", "a\n"})
    void rejects_other_shapes_naming_the_value(String value) {
        assertThat(ProviderId.isValid(value)).isFalse();
        assertThatThrownBy(() -> ProviderId.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("provider id must be 1-64 lower-case letters")
                .hasMessageEndingWith(": " + value);
    }

    @Test
    void rejects_65_characters() {
        assertThat(ProviderId.isValid(LONGEST + "a")).isFalse();
        assertThatThrownBy(() -> ProviderId.of(LONGEST + "a")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @NullSource
    void rejects_null(String value) {
        assertThatThrownBy(() -> new ProviderId(value)).isInstanceOf(IllegalArgumentException.class);
    }
}
