package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.ProviderId;
import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestContextTest {

    @ParameterizedTest
    @ValueSource(strings = {"r", "req_0123456789abcdef01234567", "3f2b1c9e-6a4d-4e8b-9c1f-0a2b3c4d5e6f", "a.b:c_d-e"})
    void accepts_request_ids_of_safe_characters(String id) {
        assertThat(RequestContext.of(id).requestId()).isEqualTo(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "two words", "line\nbreak", "<script>", "ümlaut"})
    void rejects_other_request_ids(String id) {
        assertThatThrownBy(() -> RequestContext.of(id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("request id must be 1-128 characters of A-Z a-z 0-9 . _ : -");
    }

    @Test
    void rejects_a_request_id_longer_than_128_characters() {
        assertThat(RequestContext.of("r".repeat(128)).requestId()).hasSize(128);
        assertThatThrownBy(() -> RequestContext.of("r".repeat(129))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_plain_route_names_no_provider_and_a_provider_route_names_its_provider() {
        assertThat(RequestContext.of("r").provider()).isNull();
        assertThat(RequestContext.forProvider("r", ProviderId.of("openai")).provider())
                .isEqualTo(ProviderId.of("openai"));
    }

    @Test
    void generated_ids_are_req_and_24_hex_digits_and_differ() {
        var ids = new HashSet<String>();
        IntStream.range(0, 1000).forEach(i -> ids.add(RequestContext.generated().requestId()));

        assertThat(ids).hasSize(1000).allMatch(id -> id.matches("req_[0-9a-f]{24}"));
        assertThat(RequestContext.generated().provider()).isNull();
        assertThat(RequestContext.newRequestId()).matches("req_[0-9a-f]{24}");
    }

    @Test
    void has_no_session_key_unless_given_one() {
        var context = RequestContext.forProvider("r", ProviderId.of("openai"));
        var session = context.withSessionKey("conversation-1");

        assertThat(context.sessionKey()).isNull();
        assertThat(session.sessionKey()).isEqualTo("conversation-1");
        assertThat(session.provider()).isEqualTo(ProviderId.of("openai"));
        assertThat(session.requestId()).isEqualTo("r");
        assertThat(session.withSessionKey(null).sessionKey()).isNull();
    }

    @Test
    void the_session_key_keeps_a_conversation_together_before_the_user() {
        var context = RequestContext.of("r");

        assertThat(context.stickyKey("alice")).isEqualTo("alice");
        assertThat(context.stickyKey(null)).isNull();
        assertThat(context.withSessionKey("s-1").stickyKey("alice")).isEqualTo("s-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void refuses_a_blank_session_key(String key) {
        assertThatThrownBy(() -> new RequestContext("r", null, key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("session key must be 1-256 characters, not blank");
    }

    @Test
    void refuses_a_session_key_longer_than_256_characters() {
        assertThat(new RequestContext("r", null, "s".repeat(256)).sessionKey()).hasSize(256);
        assertThatThrownBy(() -> new RequestContext("r", null, "s".repeat(257)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
