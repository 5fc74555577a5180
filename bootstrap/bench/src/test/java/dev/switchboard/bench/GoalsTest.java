package dev.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GoalsTest {

    private static String printed(Goals goals) {
        var bytes = new ByteArrayOutputStream();
        goals.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void says_which_targets_are_met_and_by_how_much_the_others_are_missed() {
        var goals = new Goals();
        goals.atMost("added p50", 0.05, 0.1, "ms");
        goals.atMost("CPU per request", 250, 100, "us");
        goals.atLeast("throughput", 3_000, 9_000, "req/s");

        String report = printed(goals);

        assertThat(report)
                .contains("added p50 <= 0.100 ms")
                .contains("met")
                .contains("MISSED by 150 us (2.5x)")
                .contains("MISSED by 6,000 req/s (3.0x)")
                .contains("1 of 3 targets met");
    }

    @Test
    void calls_a_negative_added_cost_inconclusive_not_met() {
        var goals = new Goals();
        goals.addedAtMost("added p99", -3.0, 0.5, "ms");

        assertThat(printed(goals)).contains("inconclusive").contains("0 of 1 targets met");
    }

    @Test
    void aligns_a_tables_columns() {
        var bytes = new ByteArrayOutputStream();
        new Table("T", "name", "value")
                .row("a", "1")
                .row("longer", "1234")
                .print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("== T ==")
                .contains("a           1")
                .contains("longer   1234");
    }
}
