package dev.switchboard.domain.telemetry;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import org.junit.jupiter.api.Test;

class KeyEventTest {

    @Test
    void needs_a_provider_a_key_and_a_kind() {
        var provider = ProviderId.of("openai");
        var profile = new ProfileId("k1");
        assertThatThrownBy(() -> new KeyEvent(null, profile, KeyEvent.Kind.SKIPPED))
                .hasMessageContaining("provider");
        assertThatThrownBy(() -> new KeyEvent(provider, null, KeyEvent.Kind.SKIPPED))
                .hasMessageContaining("profile");
        assertThatThrownBy(() -> new KeyEvent(provider, profile, null)).hasMessageContaining("kind");
    }
}
