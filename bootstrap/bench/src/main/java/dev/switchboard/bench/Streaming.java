package dev.switchboard.bench;

import dev.switchboard.bench.load.Latencies;
import dev.switchboard.bench.load.StreamClient;
import dev.switchboard.bench.load.StreamTally;
import dev.switchboard.bench.load.Target;
import dev.switchboard.bench.upstream.StreamSpec;
import java.util.Locale;

/**
 * Streaming: time to first chunk and the gaps between chunks (20 chunks 10 ms apart, a few streams at a time), then
 * 1,000 streams held at once, every chunk checked for loss and order. Direct and gateway alternate.
 */
final class Streaming {

    static final StreamSpec PACED = new StreamSpec(20, 10);
    static final int CONCURRENCY = 4;
    static final int HELD = 1_000;

    private Streaming() {}

    /** Runs the phase; returns the gateway's peak resident memory while it held {@link #HELD} streams. */
    static long run(Setup setup) {
        paced(setup);
        return held(setup);
    }

    /** One side of the paced run: first-chunk times, gaps and the chunk check, over every round. */
    private record Paced(Target target, Latencies first, Latencies gaps, StreamTally tally) {
        Paced(Target target, int streams) {
            this(target, new Latencies(streams), new Latencies(streams * PACED.chunks()), new StreamTally());
        }

        void round(int streams) {
            StreamClient.sequential(target, PACED, streams, CONCURRENCY, first, gaps, tally);
        }
    }

    private static void paced(Setup setup) {
        int rounds = setup.options().count(4, 2);
        int perRound = setup.options().count(50, 20);
        var direct = new Paced(setup.direct(), rounds * perRound);
        var gateway = new Paced(setup.gateway(), rounds * perRound);
        for (int round = 0; round < rounds; round++) {
            setup.say("paced streams " + PACED.model() + ", round " + (round + 1) + " of " + rounds);
            direct.round(perRound);
            setup.requireGatewayAlive();
            gateway.round(perRound);
        }
        report(setup, direct, gateway, rounds * perRound);
    }

    private static void report(Setup setup, Paced direct, Paced gateway, int streams) {
        Latencies.Summary d = direct.first().summary();
        Latencies.Summary g = gateway.first().summary();
        Latencies.Summary dg = direct.gaps().summary();
        Latencies.Summary gg = gateway.gaps().summary();
        var table = new Table(
                "Streaming, " + PACED.chunks() + " chunks " + PACED.gapMillis() + " ms apart (" + streams
                        + " streams per side, " + CONCURRENCY + " at a time; ms)",
                "",
                "first p50",
                "first p90",
                "first p99",
                "gap p50",
                "gap p90",
                "gap p99",
                "gap max",
                "lost",
                "reordered");
        table.row(streamRow("direct", d, dg, direct.tally().totals()));
        table.row(streamRow("gateway", g, gg, gateway.tally().totals()));
        table.row(
                "added",
                Table.plusMs(g.p50() - d.p50()),
                Table.plusMs(g.p90() - d.p90()),
                Table.plusMs(g.p99() - d.p99()),
                Table.plusMs(gg.p50() - dg.p50()),
                Table.plusMs(gg.p90() - dg.p90()),
                Table.plusMs(gg.p99() - dg.p99()),
                Table.plusMs(gg.max() - dg.max()),
                "",
                "");
        table.note("'first' is the time from writing the request to the first content chunk; a gap is the time"
                + " between two content chunks as the client reads them.");
        setup.tables().add(table);
        setup.goals().addedAtMost("added time to first chunk p50", (g.p50() - d.p50()) / 1e6, 1, "ms");
        setup.goals().atMost("inter-chunk gap p50, |gateway - direct|", Math.abs(gg.p50() - dg.p50()) / 1e6, 1, "ms");
        setup.goals().atMost("inter-chunk gap p99, |gateway - direct|", Math.abs(gg.p99() - dg.p99()) / 1e6, 1, "ms");
    }

    private static String[] streamRow(
            String name, Latencies.Summary first, Latencies.Summary gaps, StreamTally.Totals totals) {
        return new String[] {
            name,
            Table.ms(first.p50()),
            Table.ms(first.p90()),
            Table.ms(first.p99()),
            Table.ms(gaps.p50()),
            Table.ms(gaps.p90()),
            Table.ms(gaps.p99()),
            Table.ms(gaps.max()),
            Long.toString(totals.lost()),
            Long.toString(totals.outOfOrder())
        };
    }

    /** One side's 1,000 streams: their totals, and the gateway's peak resident memory meanwhile. */
    private record Held(StreamTally.Totals totals, long peakRss) {}

    private static long held(Setup setup) {
        // Slow chunks: this phase is about holding connections, not about chunk throughput.
        var spec = setup.options().quick() ? new StreamSpec(10, 200) : new StreamSpec(20, 250);
        var table = new Table(
                HELD + " concurrent streams, " + spec.chunks() + " chunks " + spec.gapMillis() + " ms apart",
                "",
                "streams",
                "complete",
                "failed",
                "chunks",
                "lost",
                "reordered",
                "peak open",
                "seconds");
        setup.tables().add(table);
        held(setup, setup.direct(), spec, table);
        Held gateway = held(setup, setup.gateway(), spec, table);
        table.note("'complete' streams ended with [DONE] after every chunk, once and in order.");
        StreamTally.Totals totals = gateway.totals();
        setup.goals().atLeast("streams open at the same moment", totals.peakOpen(), HELD, "streams");
        setup.goals().atLeast("complete streams of " + HELD, totals.complete(), HELD, "streams");
        setup.goals()
                .atMost(
                        "chunks lost or reordered across " + HELD + " streams",
                        (double) (totals.lost() + totals.outOfOrder()),
                        0,
                        "chunks");
        return gateway.peakRss();
    }

    private static Held held(Setup setup, Target target, StreamSpec spec, Table table) {
        setup.say(HELD + " concurrent streams, " + target.name());
        setup.requireGatewayAlive();
        var tally = new StreamTally();
        long start = System.nanoTime();
        long peak;
        try (var rss = new PeakRss(setup.gatewayProcess())) {
            StreamClient.concurrent(target, spec, HELD, tally);
            peak = rss.peak();
        }
        StreamTally.Totals t = tally.totals();
        table.row(
                target.name(),
                Integer.toString(t.streams()),
                Integer.toString(t.complete()),
                Integer.toString(t.failed()),
                Long.toString(t.chunks()),
                Long.toString(t.lost()),
                Long.toString(t.outOfOrder()),
                Integer.toString(t.peakOpen()),
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
        return new Held(t, peak);
    }
}
