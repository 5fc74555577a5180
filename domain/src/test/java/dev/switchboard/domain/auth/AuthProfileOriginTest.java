package dev.switchboard.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.switchboard.domain.auth.AuthProfile.Origin;
import dev.switchboard.domain.model.ProviderId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthProfileOriginTest {

    private static final ProfileId ID = new ProfileId("p-1");
    private static final ProviderId OPENAI = ProviderId.of("openai");
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void a_profile_made_without_an_origin_comes_from_the_configuration() {
        assertThat(new AuthProfile(ID, OPENAI, "primary", null, T0).origin()).isEqualTo(Origin.CONFIG);
        assertThat(new AuthProfile(ID, OPENAI, "primary", null, 3, 1, T0).origin())
                .isEqualTo(Origin.CONFIG);
    }

    @Test
    void keeps_the_origin_it_is_given() {
        var admin = new AuthProfile(ID, OPENAI, "primary", null, 1, 0, T0, Origin.ADMIN);

        assertThat(admin.origin()).isEqualTo(Origin.ADMIN);
        assertThat(admin).isNotEqualTo(new AuthProfile(ID, OPENAI, "primary", null, 1, 0, T0));
    }

    @Test
    void requires_an_origin() {
        assertThatNullPointerException()
                .isThrownBy(() -> new AuthProfile(ID, OPENAI, "primary", null, 1, 0, T0, null))
                .withMessage("origin");
    }
}
