package dev.switchboard.domain.rotation;

import static dev.switchboard.domain.rotation.Rotations.active;
import static dev.switchboard.domain.rotation.Rotations.candidate;
import static dev.switchboard.domain.rotation.Rotations.cooling;
import static dev.switchboard.domain.rotation.Rotations.disabled;
import static dev.switchboard.domain.rotation.Rotations.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.ProfileId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RotationSelectionTest {

    private static String chosen(Selection selection) {
        return ((Selection.Use) selection).chosen().id().value();
    }

    private static List<String> turns(List<Candidate> candidates, long from, int count) {
        var policy = policy();
        return IntStream.range(0, count)
                .mapToObj(i -> chosen(policy.select(candidates, null, Set.of(), from + i)))
                .toList();
    }

    private static Map<String, Long> counts(List<String> picks) {
        return picks.stream().collect(Collectors.groupingBy(p -> p, TreeMap::new, Collectors.counting()));
    }

    /** Candidates named a, b, c... with the given weights, all of priority 0. */
    private static List<Candidate> weighted(int... weights) {
        return IntStream.range(0, weights.length)
                .mapToObj(i -> candidate(String.valueOf((char) ('a' + i)), weights[i], 0))
                .toList();
    }

    @ParameterizedTest(name = "weights {0}, from turn {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 1 1   | 0
            1 1 1   | 1000001
            5 3 1 1 | 0
            5 3 1 1 | -7
            2 1 1   | 42
            1 9     | 3
            7 5 3 2 | 123456789
            1000 1  | 0
            """)
    void every_run_of_total_weight_turns_serves_each_profile_exactly_its_weight(String weights, long from) {
        int[] w = Arrays.stream(weights.split(" ")).mapToInt(Integer::parseInt).toArray();
        int total = Arrays.stream(w).sum();

        var counts = counts(turns(weighted(w), from, total * 3));

        for (int i = 0; i < w.length; i++) {
            assertThat(counts.get(String.valueOf((char) ('a' + i)))).isEqualTo(3L * w[i]);
        }
    }

    @ParameterizedTest(name = "weights {0}: at most {1} in a row")
    @CsvSource(delimiter = '|', textBlock = """
            1 1     | 1
            1 1 1   | 1
            5 5     | 2
            2 1 1   | 2
            5 3 1 1 | 2
            3 1     | 3
            """)
    void spreads_each_profiles_turns_instead_of_serving_them_in_a_burst(String weights, int longestRun) {
        int[] w = Arrays.stream(weights.split(" ")).mapToInt(Integer::parseInt).toArray();

        var picks = turns(weighted(w), 0, 200);

        int run = 1;
        int longest = 1;
        for (int i = 1; i < picks.size(); i++) {
            run = picks.get(i).equals(picks.get(i - 1)) ? run + 1 : 1;
            longest = Math.max(longest, run);
        }
        assertThat(longest).isEqualTo(longestRun);
    }

    @Test
    void the_same_turn_picks_the_same_profile() {
        var candidates = weighted(3, 2, 1);

        assertThat(turns(candidates, 17, 12)).isEqualTo(turns(candidates, 17, 12));
        assertThat(turns(candidates, -1, 1)).isEqualTo(turns(candidates, 5, 1));
    }

    @Test
    void serves_only_the_best_tier_that_has_a_usable_profile() {
        var backup = candidate("backup", 5, 1);
        var first = candidate("first", 1, 0);
        var second = candidate("second", 1, 0);
        var urgent = candidate("urgent", 1, -1);

        assertThat(counts(turns(List.of(backup, first, second), 0, 100)))
                .containsExactly(Map.entry("first", 50L), Map.entry("second", 50L));
        assertThat(counts(turns(List.of(backup, first, urgent), 0, 10))).containsOnlyKeys("urgent");
        assertThat(counts(turns(List.of(backup, cooling("first", Duration.ofSeconds(5)), disabled("second")), 0, 10)))
                .containsOnlyKeys("backup");
    }

    @Test
    void skips_cooling_disabled_and_already_tried_profiles() {
        var candidates =
                List.of(cooling("cool", Duration.ofMillis(1)), disabled("off"), active("tried"), active("left"));
        var policy = policy();

        for (long turn = 0; turn < 50; turn++) {
            var selection = policy.select(candidates, "sticky", Set.of(new ProfileId("tried")), turn);
            assertThat(chosen(selection)).isEqualTo("left");
        }
    }

    @Test
    void never_hands_out_a_disabled_profile() {
        var candidates = new ArrayList<Candidate>();
        for (int i = 0; i < 20; i++) candidates.add(i == 13 ? active("on") : disabled("off-" + i));

        for (long turn = 0; turn < 200; turn++) {
            assertThat(chosen(policy().select(candidates, "k" + turn, Set.of(), turn)))
                    .isEqualTo("on");
        }
    }

    @Test
    void rejects_a_profile_offered_twice() {
        assertThatThrownBy(() -> policy().select(List.of(active("a"), active("a")), null, Set.of(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("candidates must not repeat profile a");
    }
}
