package dev.switchboard.domain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StorageSettingsTest {

    private static final Secret KEY = Secret.of("bWFzdGVyLWtleS1vZi0zMi1ieXRlcy1mb3ItdGVzdHM=");

    @Test
    void accepts_jdbc_urls() {
        var settings = new StorageSettings("jdbc:h2:mem:test", "sa", Secret.of("pw"), KEY);

        assertThat(settings.url()).isEqualTo("jdbc:h2:mem:test");
        assertThat(settings.toString()).doesNotContain("pw").doesNotContain("bWFz");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"h2:mem:test", "postgresql://host/db", " jdbc:h2:mem:x"})
    void rejects_other_urls(String url) {
        assertThatThrownBy(() -> new StorageSettings(url, null, null, KEY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("database url must start with jdbc:");
    }

    @Test
    void requires_a_master_key() {
        assertThatThrownBy(() -> new StorageSettings("jdbc:h2:mem:x", null, null, null))
                .hasMessage("masterKey");
    }
}
