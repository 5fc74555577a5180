package dev.switchboard.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void reports_nearest_rank_percentiles_of_every_sample() {
        var latencies = new Latencies(1_000);
        for (int i = 1000; i >= 1; i--) latencies.record(i);

        Latencies.Summary summary = latencies.summary();

        assertThat(summary).isEqualTo(new Latencies.Summary(1000, 500, 900, 990, 999, 1000));
    }

    @Test
    void counts_the_samples_that_did_not_fit() {
        var latencies = new Latencies(2);
        latencies.record(5);
        latencies.record(7);
        latencies.record(9);

        assertThat(latencies.dropped()).isEqualTo(1);
        assertThat(latencies.summary().max()).isEqualTo(7);
    }

    @Test
    void summarises_nothing_as_zeros() {
        assertThat(new Latencies(0).summary()).isEqualTo(new Latencies.Summary(0, 0, 0, 0, 0, 0));
    }

    @Test
    void takes_the_single_sample_for_every_percentile() {
        assertThat(Latencies.rank(new long[] {42}, 0.999)).isEqualTo(42);
        assertThat(Latencies.rank(new long[] {1, 2}, 0.5)).isEqualTo(1);
    }
}
