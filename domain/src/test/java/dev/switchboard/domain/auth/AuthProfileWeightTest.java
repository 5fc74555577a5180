package dev.switchboard.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.Candidate;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthProfileWeightTest {

    private static final ProfileId ID = new ProfileId("p-1");
    private static final ProviderId OPENAI = ProviderId.of("openai");
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void a_profile_made_without_weight_and_priority_has_weight_1_and_priority_0() {
        var profile = new AuthProfile(ID, OPENAI, "primary", Secret.of("sk-1"), T0);

        assertThat(profile.weight()).isEqualTo(1);
        assertThat(profile.priority()).isZero();
        assertThat(profile).isEqualTo(new AuthProfile(ID, OPENAI, "primary", Secret.of("sk-1"), 1, 0, T0));
    }

    @Test
    void keeps_the_weight_and_priority_it_is_given() {
        var profile = new AuthProfile(ID, OPENAI, "primary", null, 7, 2, T0);

        assertThat(profile.weight()).isEqualTo(7);
        assertThat(profile.priority()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 500, AuthProfile.MAX_WEIGHT})
    void accepts_a_weight_of_1_to_1000(int weight) {
        assertThat(new AuthProfile(ID, OPENAI, "primary", null, weight, 0, T0).weight())
                .isEqualTo(weight);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, AuthProfile.MAX_WEIGHT + 1})
    void rejects_a_weight_outside_1_to_1000(int weight) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AuthProfile(ID, OPENAI, "primary", null, weight, 0, T0))
                .withMessage("weight must be 1-1000");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, AuthProfile.MAX_PRIORITY})
    void accepts_a_priority_of_0_to_1000(int priority) {
        assertThat(new AuthProfile(ID, OPENAI, "primary", null, 1, priority, T0).priority())
                .isEqualTo(priority);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, AuthProfile.MAX_PRIORITY + 1})
    void rejects_a_priority_outside_0_to_1000(int priority) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AuthProfile(ID, OPENAI, "primary", null, 1, priority, T0))
                .withMessage("priority must be 0-1000");
    }

    @Test
    void allows_as_much_weight_as_a_candidate_does() {
        assertThat(AuthProfile.MAX_WEIGHT).isEqualTo(Candidate.MAX_WEIGHT);
    }
}
