package dev.switchboard.domain.rotation;

import static dev.switchboard.domain.rotation.Rotations.T0;
import static dev.switchboard.domain.rotation.Rotations.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.rotation.ProfileStatus.CoolingDown;
import dev.switchboard.domain.rotation.ProfileStatus.Disabled;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RotationAdminTest {

    private static final ProfileId ID = new ProfileId("a");
    private static final LastError ERROR = new LastError("unauthorized", 401, T0.minusSeconds(9));

    private static RotationState at(ProfileStatus status) {
        return new RotationState(ID, status, 4, T0.minusSeconds(9), T0.minusSeconds(60), ERROR, 3);
    }

    static Stream<ProfileStatus> statuses() {
        return Stream.of(
                ProfileStatus.active(),
                new CoolingDown(T0.plusSeconds(60), "rate limited"),
                new Disabled("unauthorized: bad key", T0.minusSeconds(9)));
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void enabling_makes_any_profile_active_with_no_failures_keeping_its_history(ProfileStatus status) {
        assertThat(policy().enable(at(status)))
                .isEqualTo(new RotationState(
                        ID, ProfileStatus.active(), 0, T0.minusSeconds(9), T0.minusSeconds(60), ERROR, 4));
    }

    @Test
    void resetting_a_cooldown_makes_the_profile_active_now() {
        var next = policy().resetCooldown(at(new CoolingDown(T0.plusSeconds(60), "rate limited")));

        assertThat(next.status()).isEqualTo(ProfileStatus.active());
        assertThat(next.consecutiveFailures()).isZero();
        assertThat(next.version()).isEqualTo(4);
    }

    @Test
    void resetting_a_cooldown_leaves_a_disabled_profile_as_it_is() {
        var disabled = at(new Disabled("unauthorized: bad key", T0));

        assertThat(policy().resetCooldown(disabled)).isSameAs(disabled);
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void disabling_keeps_the_reason_and_the_time(ProfileStatus status) {
        var next = policy().disable(at(status), "leaked in a log");

        assertThat(next.status()).isEqualTo(new Disabled("leaked in a log", T0));
        assertThat(next.consecutiveFailures()).isEqualTo(4);
        assertThat(next.version()).isEqualTo(4);
        assertThat(next.usableAt(T0.plusSeconds(86_400 * 365))).isFalse();
    }

    @Test
    void disabling_needs_a_reason_of_1_to_500_characters() {
        assertThatThrownBy(() -> policy().disable(at(ProfileStatus.active()), " "))
                .hasMessage("reason must be 1-500 characters");
        assertThatThrownBy(() -> policy().disable(at(ProfileStatus.active()), "r".repeat(501)))
                .hasMessage("reason must be 1-500 characters");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(new ProviderFailure.Unauthorized("Incorrect API key"), "unauthorized: Incorrect API key"),
                Arguments.of(new ProviderFailure.Forbidden("  region not allowed "), "forbidden: region not allowed"),
                Arguments.of(new ProviderFailure.Unauthorized(" "), "unauthorized"),
                Arguments.of(new ProviderFailure.Forbidden("x".repeat(600)), "forbidden: " + "x".repeat(489)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refusals")
    void a_refused_key_is_disabled_with_the_providers_reason(ProviderFailure failure, String reason) {
        var outcome = policy().onFailure(RotationState.fresh(ID), failure);

        assertThat(outcome.next().status()).isEqualTo(new Disabled(reason, T0));
        assertThat(outcome.tryNextProfile()).isTrue();
    }

    @Test
    void a_disabled_profile_stays_out_until_enabled_then_serves_again() {
        var disabled = policy().onFailure(RotationState.fresh(ID), new ProviderFailure.Unauthorized("revoked"))
                .next();

        assertThat(disabled.usableAt(T0.plusSeconds(86_400))).isFalse();
        assertThat(policy().onSuccess(disabled).usableAt(T0)).isFalse();
        assertThat(policy().enable(disabled).usableAt(T0)).isTrue();
    }
}
