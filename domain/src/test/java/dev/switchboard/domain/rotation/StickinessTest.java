package dev.switchboard.domain.rotation;

import static dev.switchboard.domain.rotation.Rotations.T0;
import static dev.switchboard.domain.rotation.Rotations.active;
import static dev.switchboard.domain.rotation.Rotations.candidate;
import static dev.switchboard.domain.rotation.Rotations.cooling;
import static dev.switchboard.domain.rotation.Rotations.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.auth.ProfileId;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StickinessTest {

    private static final List<Candidate> FOUR = List.of(active("a"), active("b"), active("c"), active("d"));

    private static String chosen(RotationPolicy policy, List<Candidate> candidates, @Nullable String key, long turn) {
        var selection = policy.select(candidates, key, Set.of(), turn);
        return ((Selection.Use) selection).chosen().id().value();
    }

    private static Map<String, String> owners(List<Candidate> candidates) {
        var policy = policy();
        return IntStream.range(0, 1000)
                .mapToObj(i -> "conversation-" + i)
                .collect(Collectors.toMap(key -> key, key -> chosen(policy, candidates, key, 0)));
    }

    @Test
    void the_same_key_stays_on_one_profile_whatever_the_turn() {
        var policy = policy();
        String first = chosen(policy, FOUR, "user-42", 0);

        for (long turn = 1; turn < 500; turn++) {
            assertThat(chosen(policy, FOUR, "user-42", turn)).isEqualTo(first);
        }
    }

    @Test
    void keys_spread_evenly_over_profiles_of_equal_weight() {
        var perProfile = owners(FOUR).values().stream().collect(Collectors.groupingBy(p -> p, Collectors.counting()));

        assertThat(perProfile).containsOnlyKeys("a", "b", "c", "d");
        assertThat(perProfile.values()).allSatisfy(count -> assertThat(count).isBetween(200L, 300L));
    }

    @Test
    void weights_shift_the_share_of_keys() {
        var perProfile = owners(List.of(candidate("heavy", 3, 0), candidate("light", 1, 0))).values().stream()
                .collect(Collectors.groupingBy(p -> p, Collectors.counting()));

        assertThat(perProfile.get("heavy")).isBetween(700L, 800L);
    }

    @Test
    void removing_one_profile_moves_only_its_keys_and_spreads_them() {
        var before = owners(FOUR);
        var after = owners(List.of(active("a"), active("b"), active("d")));

        Map<String, Long> movedTo = new HashMap<>();
        before.forEach((key, owner) -> {
            if (owner.equals("c")) movedTo.merge(after.get(key), 1L, Long::sum);
            else assertThat(after.get(key)).as(key).isEqualTo(owner);
        });
        assertThat(movedTo).containsOnlyKeys("a", "b", "d");
    }

    @Test
    void a_key_moves_while_its_profile_cools_down_and_comes_back_after() {
        String key = "session-7";
        String owner = chosen(policy(), FOUR, key, 0);
        var ownerCooling = FOUR.stream()
                .map(c -> c.id().value().equals(owner) ? cooling(owner, Duration.ofSeconds(30)) : c)
                .toList();
        var otherCooling = FOUR.stream()
                .map(c -> c.id().value().equals(owner) ? c : cooling(c.id().value(), Duration.ofSeconds(30)))
                .toList();

        assertThat(chosen(policy(), ownerCooling, key, 0)).isNotEqualTo(owner);
        assertThat(chosen(policy(RotationSettings.defaults(), T0.plusSeconds(30)), ownerCooling, key, 0))
                .isEqualTo(owner);
        assertThat(chosen(policy(), otherCooling, key, 0)).isEqualTo(owner);
    }

    @Test
    void a_key_moves_when_its_profile_was_already_tried_in_this_request() {
        String owner = chosen(policy(), FOUR, "k", 0);

        var retry = policy().select(FOUR, "k", Set.of(new ProfileId(owner)), 0);

        assertThat(((Selection.Use) retry).chosen().id().value()).isNotEqualTo(owner);
    }

    @Test
    void keys_stay_within_the_best_tier() {
        var candidates = List.of(candidate("backup", 1000, 1), candidate("main-1", 1, 0), candidate("main-2", 1, 0));

        assertThat(owners(candidates).values()).containsOnly("main-1", "main-2");
    }

    @ParameterizedTest(name = "key \"{0}\"")
    @CsvSource({"'', empty", "'  ', blank", "user-1, stickiness off"})
    void without_a_usable_key_or_with_stickiness_off_the_turn_decides(String key, String why) {
        var off = new RotationSettings(
                Duration.ofSeconds(1), Duration.ofMinutes(5), 3, Duration.ofSeconds(30), 0.2, false);
        var policy = why.equals("stickiness off") ? policy(off, T0) : policy();
        var three = List.of(active("a"), active("b"), active("c"));

        var picks = IntStream.range(0, 3)
                .mapToObj(turn -> chosen(policy, three, key, turn))
                .toList();

        assertThat(picks).as(why).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(chosen(policy(), three, null, 0)).isEqualTo(chosen(policy(), three, "", 0));
    }

    // Pinned: a change to the hash would move every conversation on upgrade and split nodes of mixed versions.
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "conversation-1, c",
        "conversation-2, a",
        "user@example.com, a",
        "0f8b5c1e-3a8d-4d5e-9b51-6f0a9c2d7e11, c"
    })
    void every_node_maps_a_key_to_the_same_profile_release_after_release(String key, String profile) {
        assertThat(chosen(policy(), FOUR, key, 0)).isEqualTo(profile);
    }
}
