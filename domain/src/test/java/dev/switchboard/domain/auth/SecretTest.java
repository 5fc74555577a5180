package dev.switchboard.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretTest {

    @Test
    void never_shows_itself_in_text() {
        var secret = Secret.of("sk-live-1234567890abcdef");

        assertThat(secret).hasToString("Secret[redacted]");
        assertThat("key: " + secret).doesNotContain("sk-live");
        assertThat(new Credential.ApiKey(new ProfileId("p"), secret).toString()).doesNotContain("sk-live");
    }

    @Test
    void reveals_itself_to_whoever_must_send_it() {
        assertThat(Secret.of("sk-1").reveal()).isEqualTo("sk-1");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"a, ...", "12345678, ...", "123456789, ...6789", "sk-live-abcdef1b2c, ...1b2c"})
    void a_fingerprint_shows_the_last_four_characters_of_longer_secrets_only(String value, String fingerprint) {
        assertThat(Secret.of(value).fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void matches_exactly_the_same_text() {
        var secret = Secret.of("sk-abc");

        assertThat(secret.matches("sk-abc")).isTrue();
        assertThat(secret.matches("sk-abd")).isFalse();
        assertThat(secret.matches("sk-ab")).isFalse();
        assertThat(secret.matches("sk-abcd")).isFalse();
        assertThat(secret.matches("SK-ABC")).isFalse();
        assertThat(secret.matches("")).isFalse();
    }

    @Test
    void equals_a_secret_of_the_same_value() {
        assertThat(Secret.of("sk-1")).isEqualTo(Secret.of("sk-1")).hasSameHashCodeAs(Secret.of("sk-1"));
        assertThat(Secret.of("sk-1")).isNotEqualTo(Secret.of("sk-2"));
        assertThat(Secret.of("sk-1")).isNotEqualTo("sk-1");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void rejects_a_blank_secret_without_showing_it(String value) {
        assertThatThrownBy(() -> Secret.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secret must not be blank");
    }
}
