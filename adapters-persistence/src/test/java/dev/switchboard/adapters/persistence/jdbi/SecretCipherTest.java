package dev.switchboard.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.switchboard.domain.auth.Secret;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretCipherTest {

    private final SecretCipher cipher = SecretCipher.of(TestDatabases.masterKey());

    @Test
    void decrypts_what_it_encrypted() {
        var stored = cipher.encrypt(Secret.of("sk-ünïcode-key"));

        assertThat(cipher.decrypt(stored).reveal()).isEqualTo("sk-ünïcode-key");
    }

    @Test
    void writes_version_prefix_and_base64_of_iv_and_ciphertext_with_tag() {
        var stored = cipher.encrypt(Secret.of("sk-123"));

        assertThat(stored).startsWith("v1:").doesNotContain("sk-123");
        assertThat(Base64.getDecoder().decode(stored.substring(3))).hasSize(12 + "sk-123".length() + 16);
    }

    @Test
    void uses_a_fresh_iv_for_every_value() {
        var secret = Secret.of("sk-same");

        assertThat(cipher.encrypt(secret)).isNotEqualTo(cipher.encrypt(secret));
    }

    @Test
    void refuses_a_value_encrypted_with_another_key() {
        var stored = SecretCipher.of(TestDatabases.masterKey()).encrypt(Secret.of("sk-123"));

        assertThatIllegalStateException()
                .isThrownBy(() -> cipher.decrypt(stored))
                .withMessageContaining("master key")
                .withNoCause();
    }

    @Test
    void refuses_an_altered_value() {
        var stored = cipher.encrypt(Secret.of("sk-123"));
        var bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[bytes.length - 1] ^= 1;

        assertThatIllegalStateException()
                .isThrownBy(() -> cipher.decrypt("v1:" + Base64.getEncoder().encodeToString(bytes)))
                .withMessageContaining("altered");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1:not base64!", "v1:AAAA", "v1:"})
    void refuses_values_it_cannot_have_made(String stored) {
        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(stored));
    }

    @Test
    void refuses_an_unknown_version() {
        assertThatIllegalStateException()
                .isThrownBy(() -> cipher.decrypt("v2:AAAA"))
                .withMessageContaining("v1:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dG9vLXNob3J0", "not*base64*at*all", "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZn"})
    void rejects_a_master_key_that_is_not_base64_of_32_bytes_without_showing_it(String key) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SecretCipher.of(Secret.of(key)))
                .withMessageContaining("master key")
                .withMessageNotContaining(key)
                .withNoCause();
    }
}
