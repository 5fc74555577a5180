package dev.switchboard.domain.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.Credential;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CallContextTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @ParameterizedTest
    @ValueSource(strings = {"a", "req_0123abcd", "3f2b1c9e-6a4d-4e8b-9c1f-0a2b3c4d5e6f", "trace.id:1", "A-Z_a.z:0-9"})
    void accepts_request_ids_of_safe_characters(String id) {
        assertThat(CallContext.isValidRequestId(id)).isTrue();
        assertThat(new CallContext(Credential.anonymous(), id, MINUTE).requestId())
                .isEqualTo(id);
    }

    @Test
    void accepts_128_characters_and_no_more() {
        assertThat(CallContext.isValidRequestId("r".repeat(128))).isTrue();
        assertThat(CallContext.isValidRequestId("r".repeat(129))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "has space", "new\nline", "semi;colon", "slash/id", "<script>", "ümlaut", "quote\""})
    void rejects_other_request_ids(String id) {
        assertThatThrownBy(() -> new CallContext(Credential.anonymous(), id, MINUTE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("request id must be 1-128 characters of A-Z a-z 0-9 . _ : -");
    }

    @Test
    void rejects_a_timeout_that_is_not_positive() {
        for (Duration timeout : new Duration[] {Duration.ZERO, Duration.ofSeconds(-1), null}) {
            assertThatThrownBy(() -> new CallContext(Credential.anonymous(), "r1", timeout))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("timeout must be positive");
        }
    }

    @Test
    void requires_a_credential() {
        assertThatThrownBy(() -> new CallContext(null, "r1", MINUTE)).hasMessage("credential");
    }

    @Test
    void switches_credentials_keeping_the_rest() {
        var context = new CallContext(Credential.anonymous(), "r1", MINUTE);
        var key = Credential.apiKey("primary", "sk-1");

        assertThat(context.withCredential(key)).isEqualTo(new CallContext(key, "r1", MINUTE));
    }
}
