package dev.switchboard.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.ProviderId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthTest {

    private static final ProfileId ID = new ProfileId("p-1");
    private static final ProviderId OPENAI = ProviderId.of("openai");
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void a_profile_with_a_secret_sends_it_as_an_api_key() {
        var profile = new AuthProfile(ID, OPENAI, "primary", Secret.of("sk-1"), T0);

        assertThat(profile.credential()).isEqualTo(new Credential.ApiKey(ID, Secret.of("sk-1")));
        assertThat(profile.credential().profile()).isEqualTo(ID);
    }

    @Test
    void a_profile_without_a_secret_is_anonymous() {
        var profile = new AuthProfile(ID, OPENAI, "local", null, T0);

        assertThat(profile.credential()).isEqualTo(new Credential.Anonymous(ID));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void a_profile_name_is_1_to_100_characters(String name) {
        assertThatThrownBy(() -> new AuthProfile(ID, OPENAI, name, null, T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("profile name must be 1-100 characters");
    }

    @Test
    void a_profile_name_of_100_characters_is_fine_and_101_is_not() {
        assertThat(new AuthProfile(ID, OPENAI, "n".repeat(100), null, T0).name())
                .hasSize(100);
        assertThatThrownBy(() -> new AuthProfile(ID, OPENAI, "n".repeat(101), null, T0))
                .hasMessage("profile name must be 1-100 characters");
    }

    @Test
    void a_profile_needs_an_id_a_provider_and_a_creation_time() {
        assertThatThrownBy(() -> new AuthProfile(null, OPENAI, "n", null, T0)).hasMessage("id");
        assertThatThrownBy(() -> new AuthProfile(ID, null, "n", null, T0)).hasMessage("provider");
        assertThatThrownBy(() -> new AuthProfile(ID, OPENAI, "n", null, null)).hasMessage("createdAt");
    }

    @Test
    void credentials_name_their_profile() {
        assertThat(Credential.anonymous()).isEqualTo(new Credential.Anonymous(new ProfileId("anonymous")));
        assertThat(Credential.apiKey("primary", "sk-1"))
                .isEqualTo(new Credential.ApiKey(new ProfileId("primary"), Secret.of("sk-1")));
        assertThatThrownBy(() -> new Credential.Anonymous(null)).hasMessage("profile");
        assertThatThrownBy(() -> new Credential.ApiKey(null, Secret.of("k"))).hasMessage("profile");
        assertThatThrownBy(() -> new Credential.ApiKey(ID, null)).hasMessage("key");
    }

    @Test
    void profile_ids_are_1_to_128_characters() {
        assertThat(new ProfileId("x".repeat(128))).hasToString("x".repeat(128));
        assertThatThrownBy(() -> new ProfileId("x".repeat(129))).hasMessage("profile id must be 1-128 characters");
        assertThatThrownBy(() -> new ProfileId(" ")).hasMessage("profile id must be 1-128 characters");
        assertThatThrownBy(() -> new ProfileId(null)).hasMessage("profile id must be 1-128 characters");
    }

    @Test
    void random_profile_ids_differ() {
        assertThat(ProfileId.random()).isNotEqualTo(ProfileId.random());
        assertThat(ProfileId.random().value()).hasSize(36);
    }
}
