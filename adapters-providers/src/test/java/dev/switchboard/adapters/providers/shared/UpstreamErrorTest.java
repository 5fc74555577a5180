package dev.switchboard.adapters.providers.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpstreamErrorTest {

    @Test
    void hides_text_that_looks_like_a_key_or_a_bearer_token() {
        var error = UpstreamError.of("Incorrect API key provided: sk-abc***xyz. Header was Bearer eyJhbGciOi.x-y_z");

        assertThat(error.message()).isEqualTo("Incorrect API key provided: [redacted]. Header was [redacted]");
    }

    @Test
    void hides_a_given_secret_wherever_it_appears() {
        var error = new UpstreamError("key plainsecret123 rejected", "t", "c", "p").without("plainsecret123");

        assertThat(error).isEqualTo(new UpstreamError("key [redacted] rejected", "t", "c", "p"));
        assertThat(error.without("absent")).isSameAs(error);
        assertThat(error.without("")).isSameAs(error);
    }

    @Test
    void cuts_long_messages_and_fills_in_empty_ones() {
        assertThat(UpstreamError.of("x".repeat(5000)).message()).hasSize(UpstreamError.MAX_MESSAGE + 3);
        assertThat(UpstreamError.of("  ").message()).isEqualTo("the upstream reported an error without a message");
    }
}
