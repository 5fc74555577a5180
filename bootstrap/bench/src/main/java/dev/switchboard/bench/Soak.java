package dev.switchboard.bench;

import dev.switchboard.bench.load.Latencies;
import dev.switchboard.bench.load.OpenLoop;
import dev.switchboard.bench.load.StreamClient;
import dev.switchboard.bench.load.StreamTally;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;

/**
 * Ten minutes through the gateway ({@code --soak} only): 500 non-streaming requests/s plus four paced streams at a
 * time, with the gateway's resident memory read after every 30 s slice. Memory is flat when the last reading is
 * within 10 % of the second one (by then the heap has grown to its working size). With {@code --quick}, the slices
 * last 3 s: a check that the phase works, not a soak.
 */
final class Soak {

    static final int RATE = 500;
    static final int SLICES = 20;

    /** What the soak measured. */
    private record Outcome(List<Long> rss, Latencies.Summary latency, int failed, StreamTally.Totals streams) {}

    private Soak() {}

    static void run(Setup setup) {
        Duration slice = setup.options().length(Duration.ofSeconds(30), Duration.ofSeconds(3));
        var rss = new ArrayList<Long>();
        var latencies = new Latencies(RATE * (int) slice.toSeconds() * SLICES + 1_000);
        var streams = new StreamTally();
        // 20 chunks 10 ms apart take about 200 ms: 4 at a time nearly fill each slice.
        int perSlice = (int) (slice.toMillis() / 200 * Streaming.CONCURRENCY * 9 / 10);
        int failed = 0;
        try (var load = new OpenLoop(setup.gateway())) {
            for (int i = 0; i < SLICES; i++) {
                setup.say("soak, slice " + (i + 1) + " of " + SLICES + " (" + slice.toSeconds() + " s each), RSS "
                        + Table.mib(setup.gatewayProcess().rssBytes()));
                setup.requireGatewayAlive();
                try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                    executor.execute(() -> StreamClient.sequential(
                            setup.gateway(),
                            Streaming.PACED,
                            perSlice,
                            Streaming.CONCURRENCY,
                            new Latencies(0),
                            new Latencies(0),
                            streams));
                    failed += load.run(RATE, slice, latencies).failed();
                }
                rss.add(setup.gatewayProcess().rssBytes());
            }
        }
        report(setup, slice.toSeconds(), new Outcome(rss, latencies.summary(), failed, streams.totals()));
    }

    private static void report(Setup setup, long seconds, Outcome outcome) {
        List<Long> rss = outcome.rss();
        long settled = rss.get(1);
        long last = rss.getLast();
        double growth = 100.0 * (last - settled) / settled;
        var table = new Table(
                "Soak: " + seconds * SLICES + " s through the gateway, " + RATE + " req/s and " + Streaming.CONCURRENCY
                        + " paced streams at a time",
                "figure",
                "value");
        table.row("gateway RSS after " + 2 * seconds + " s", Table.mib(settled));
        table.row("gateway RSS after " + SLICES / 2 * seconds + " s", Table.mib(rss.get(SLICES / 2 - 1)));
        table.row("gateway RSS at the end", Table.mib(last));
        table.row(
                "gateway RSS, highest reading",
                Table.mib(rss.stream().mapToLong(Long::longValue).max().orElse(0)));
        table.row("growth from " + 2 * seconds + " s to the end", String.format(Locale.ROOT, "%+.1f %%", growth));
        Latencies.Summary latency = outcome.latency();
        table.row(
                "latency p50 / p99 / p99.9 (ms)",
                Table.ms(latency.p50()) + " / " + Table.ms(latency.p99()) + " / " + Table.ms(latency.p999()));
        table.row("requests / failed", latency.count() + " / " + outcome.failed());
        StreamTally.Totals streams = outcome.streams();
        table.row(
                "streams complete / lost chunks",
                streams.complete() + " of " + streams.streams() + " / " + streams.lost());
        setup.tables().add(table);
        setup.goals().atMost("RSS growth over the " + seconds * SLICES + " s soak", Math.max(growth, 0), 10, "%");
    }
}
