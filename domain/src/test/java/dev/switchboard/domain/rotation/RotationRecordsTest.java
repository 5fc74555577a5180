package dev.switchboard.domain.rotation;

import static dev.switchboard.domain.rotation.Rotations.T0;
import static dev.switchboard.domain.rotation.Rotations.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.rotation.ProfileStatus.CoolingDown;
import dev.switchboard.domain.rotation.ProfileStatus.Disabled;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RotationRecordsTest {

    private static final ProfileId ID = new ProfileId("a");

    @Test
    void a_fresh_state_is_active_unused_and_at_version_zero() {
        assertThat(RotationState.fresh(ID))
                .isEqualTo(new RotationState(ID, new ProfileStatus.Active(), 0, null, null, null, 0));
        assertThat(RotationState.fresh(ID).usableAt(T0)).isTrue();
    }

    @Test
    void a_state_checks_its_fields() {
        var active = ProfileStatus.active();
        assertThatThrownBy(() -> new RotationState(null, active, 0, null, null, null, 0))
                .hasMessage("profile");
        assertThatThrownBy(() -> new RotationState(ID, null, 0, null, null, null, 0))
                .hasMessage("status");
        assertThatThrownBy(() -> new RotationState(ID, active, -1, null, null, null, 0))
                .hasMessage("consecutiveFailures must not be negative");
        assertThatThrownBy(() -> new RotationState(ID, active, 0, null, null, null, -1))
                .hasMessage("version must not be negative");
    }

    @Test
    void statuses_check_their_fields() {
        assertThatThrownBy(() -> new CoolingDown(null, "r")).hasMessage("until");
        assertThatThrownBy(() -> new CoolingDown(T0, "")).hasMessage("reason must be 1-500 characters");
        assertThatThrownBy(() -> new Disabled(null, T0)).hasMessage("reason must be 1-500 characters");
        assertThatThrownBy(() -> new Disabled("r", null)).hasMessage("since");
        assertThat(new Disabled("r".repeat(500), T0).reason()).hasSize(500);
    }

    @Test
    void the_defaults_are_the_documented_ones() {
        assertThat(RotationSettings.defaults())
                .isEqualTo(new RotationSettings(
                        Duration.ofSeconds(1), Duration.ofMinutes(5), 3, Duration.ofSeconds(30), 0.2, true));
    }

    static Stream<Arguments> badSettings() {
        Duration s = Duration.ofSeconds(1);
        Duration day = Duration.ofDays(1);
        return Stream.of(
                Arguments.of(null, s, 3, s, 0.2, "baseCooldown"),
                Arguments.of(Duration.ZERO, s, 3, s, 0.2, "baseCooldown must be positive and at most a day"),
                Arguments.of(s, s.negated(), 3, s, 0.2, "maxCooldown must be positive and at most a day"),
                Arguments.of(s, day.plusNanos(1), 3, s, 0.2, "maxCooldown must be positive and at most a day"),
                Arguments.of(s, s, 3, null, 0.2, "failureCooldown"),
                Arguments.of(s, s, 3, day.plusSeconds(1), 0.2, "failureCooldown must be positive and at most a day"),
                Arguments.of(s.multipliedBy(2), s, 3, s, 0.2, "maxCooldown must not be shorter than baseCooldown"),
                Arguments.of(s, s, 0, s, 0.2, "failureThreshold must be at least 1"),
                Arguments.of(s, s, 3, s, -0.1, "jitter must be at least 0 and below 1"),
                Arguments.of(s, s, 3, s, 1.0, "jitter must be at least 0 and below 1"),
                Arguments.of(s, s, 3, s, Double.NaN, "jitter must be at least 0 and below 1"));
    }

    @ParameterizedTest(name = "{5}")
    @MethodSource("badSettings")
    void settings_name_the_field_they_reject(
            Duration base, Duration max, int threshold, Duration failureCooldown, double jitter, String message) {
        assertThatThrownBy(() -> new RotationSettings(base, max, threshold, failureCooldown, jitter, true))
                .hasMessage(message);
    }

    @Test
    void settings_accept_their_extremes() {
        var day = Duration.ofDays(1);
        assertThat(new RotationSettings(day, day, 1, day, 0, false).maxCooldown())
                .isEqualTo(day);
        assertThat(new RotationSettings(Duration.ofNanos(1), day, 1, Duration.ofNanos(1), 0.999, true).jitter())
                .isEqualTo(0.999);
    }

    @Test
    void a_candidate_has_a_weight_of_1_to_1000_and_its_own_state() {
        var state = RotationState.fresh(ID);
        assertThat(Candidate.of(profile("a"), state)).isEqualTo(new Candidate(profile("a"), 1, 0, state));
        assertThat(new Candidate(profile("a"), 1000, -5, state).weight()).isEqualTo(1000);
        assertThatThrownBy(() -> new Candidate(profile("a"), 0, 0, state)).hasMessage("weight must be 1-1000");
        assertThatThrownBy(() -> new Candidate(profile("a"), 1001, 0, state)).hasMessage("weight must be 1-1000");
        assertThatThrownBy(() -> new Candidate(null, 1, 0, state)).hasMessage("profile");
        assertThatThrownBy(() -> new Candidate(profile("a"), 1, 0, null)).hasMessage("state");
        assertThatThrownBy(() -> new Candidate(profile("b"), 1, 0, state)).hasMessage("state must belong to profile b");
    }

    @Test
    void a_last_error_checks_its_fields_and_clamps_odd_upstream_statuses() {
        assertThatThrownBy(() -> new LastError(" ", 0, T0)).hasMessage("kind must be 1-64 characters");
        assertThatThrownBy(() -> new LastError("x".repeat(65), 0, T0)).hasMessage("kind must be 1-64 characters");
        assertThatThrownBy(() -> new LastError("timeout", -1, T0)).hasMessage("status must be 0-999");
        assertThatThrownBy(() -> new LastError("timeout", 1000, T0)).hasMessage("status must be 0-999");
        assertThatThrownBy(() -> new LastError("timeout", 0, null)).hasMessage("at");
        assertThat(LastError.of(new ProviderFailure.Unavailable(1234, "odd"), T0))
                .isEqualTo(new LastError("unavailable", 0, T0));
        assertThat(LastError.of(new ProviderFailure.Unavailable(-1, "odd"), T0).status())
                .isZero();
    }

    @Test
    void selections_and_outcomes_check_their_fields() {
        assertThatThrownBy(() -> new Selection.Use(null)).hasMessage("chosen");
        assertThatThrownBy(() -> new Selection.NoneAvailable(Duration.ofSeconds(-1), "r"))
                .hasMessage("retryAfter must not be negative");
        assertThatThrownBy(() -> new Selection.NoneAvailable(null, null)).hasMessage("reason");
        assertThatThrownBy(() -> new RotationPolicy.Outcome(null, true)).hasMessage("next");
    }

    @Test
    void a_policy_needs_its_settings_clock_and_random_generator() {
        var settings = RotationSettings.defaults();
        var clock = Clock.systemUTC();
        var random = new Random(1);
        assertThatThrownBy(() -> new RotationPolicy(null, clock, random)).hasMessage("settings");
        assertThatThrownBy(() -> new RotationPolicy(settings, null, random)).hasMessage("clock");
        assertThatThrownBy(() -> new RotationPolicy(settings, clock, null)).hasMessage("random");
    }
}
