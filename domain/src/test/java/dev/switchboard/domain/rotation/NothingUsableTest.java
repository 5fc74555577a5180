package dev.switchboard.domain.rotation;

import static dev.switchboard.domain.rotation.Rotations.NO_JITTER;
import static dev.switchboard.domain.rotation.Rotations.T0;
import static dev.switchboard.domain.rotation.Rotations.active;
import static dev.switchboard.domain.rotation.Rotations.cooling;
import static dev.switchboard.domain.rotation.Rotations.disabled;
import static dev.switchboard.domain.rotation.Rotations.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.auth.ProfileId;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NothingUsableTest {

    private static String chosen(Selection selection) {
        return ((Selection.Use) selection).chosen().id().value();
    }

    @Test
    void a_profile_is_usable_again_once_its_cooldown_is_over() {
        var candidates = List.of(cooling("a", Duration.ofSeconds(20)));

        var before = policy(NO_JITTER, T0.plusSeconds(19)).select(candidates, null, Set.of(), 0);
        var after = policy(NO_JITTER, T0.plusSeconds(20)).select(candidates, null, Set.of(), 0);

        assertThat(before)
                .isEqualTo(new Selection.NoneAvailable(
                        Duration.ofSeconds(1), "no usable auth profile: 1 cooling down, 0 disabled, 0 already tried"));
        assertThat(chosen(after)).isEqualTo("a");
    }

    @Test
    void when_every_profile_cools_down_says_how_long_until_the_soonest_recovers() {
        var candidates = List.of(
                cooling("a", Duration.ofSeconds(10)),
                cooling("b", Duration.ofMillis(2500)),
                new Candidate(
                        Rotations.profile("c"),
                        1,
                        3,
                        cooling("c", Duration.ofSeconds(7)).state()));

        assertThat(policy().select(candidates, "key", Set.of(), 0))
                .isEqualTo(new Selection.NoneAvailable(
                        Duration.ofMillis(2500),
                        "no usable auth profile: 3 cooling down, 0 disabled, 0 already tried"));
    }

    @Test
    void counts_the_cooldown_of_a_profile_already_tried_in_this_request() {
        var candidates = List.of(cooling("just-limited", Duration.ofSeconds(3)), disabled("revoked"));

        var selection = policy().select(candidates, null, Set.of(new ProfileId("just-limited")), 0);

        assertThat(selection)
                .isEqualTo(new Selection.NoneAvailable(
                        Duration.ofSeconds(3), "no usable auth profile: 0 cooling down, 1 disabled, 1 already tried"));
    }

    @Test
    void when_every_profile_is_disabled_or_tried_there_is_no_time_to_wait_for() {
        var disabledOnly = List.of(disabled("a"), disabled("b"));
        var triedOnly = List.of(active("a"), cooling("b", Duration.ofSeconds(-1)));
        var ids = Set.of(new ProfileId("a"), new ProfileId("b"));

        assertThat(policy().select(disabledOnly, null, Set.of(), 0))
                .isEqualTo(new Selection.NoneAvailable(
                        null, "no usable auth profile: 0 cooling down, 2 disabled, 0 already tried"));
        assertThat(policy().select(triedOnly, null, ids, 0))
                .isEqualTo(new Selection.NoneAvailable(
                        null, "no usable auth profile: 0 cooling down, 0 disabled, 2 already tried"));
        assertThat(policy().select(List.of(), null, Set.of(), 0))
                .isEqualTo(new Selection.NoneAvailable(null, "no auth profile is configured"));
    }
}
