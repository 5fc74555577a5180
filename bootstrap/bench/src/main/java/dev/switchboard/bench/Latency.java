package dev.switchboard.bench;

import dev.switchboard.bench.load.Latencies;
import dev.switchboard.bench.load.OpenLoop;
import dev.switchboard.bench.load.Target;
import java.time.Duration;

/**
 * Open-loop latency at a fixed 1,000 requests/s, direct and through the gateway in alternating slices; and, from the
 * same fixed-count runs, the CPU each process spends per request.
 */
final class Latency {

    static final int RATE = 1_000;

    /** One side's open loop and what its slices add up to: latencies, failures, and each process's CPU time. */
    private static final class Side implements AutoCloseable {
        final OpenLoop load;
        final Latencies latencies;
        int sent;
        int failed;
        long gatewayCpu;
        long upstreamCpu;
        long benchCpu;
        long peakRss;

        Side(Target target, int capacity) {
            this.load = new OpenLoop(target);
            this.latencies = new Latencies(capacity);
        }

        /** One fixed-count slice, with the CPU of every process read before and after it. */
        void slice(Setup setup, Duration length) {
            setup.requireGatewayAlive();
            long gateway = setup.gatewayProcess().cpuNanos();
            long upstream = setup.upstreamProcess().cpuNanos();
            long bench = setup.self().cpuNanos();
            try (var rss = new PeakRss(setup.gatewayProcess())) {
                OpenLoop.Outcome outcome = load.run(RATE, length, latencies);
                sent += outcome.sent();
                failed += outcome.failed();
                peakRss = Math.max(peakRss, rss.peak());
            }
            gatewayCpu += setup.gatewayProcess().cpuNanos() - gateway;
            upstreamCpu += setup.upstreamProcess().cpuNanos() - upstream;
            benchCpu += setup.self().cpuNanos() - bench;
        }

        /** Microseconds of CPU per request of this side. */
        double perRequest(long cpuNanos) {
            return cpuNanos / 1e3 / Math.max(sent, 1);
        }

        @Override
        public void close() {
            load.close();
        }
    }

    private Latency() {}

    /** Runs the phase; returns the gateway's peak resident memory during its slices. */
    static long run(Setup setup) {
        Duration slice = setup.options().length(Duration.ofSeconds(5), Duration.ofSeconds(2));
        int slices = setup.options().count(4, 2);
        int capacity = (int) (RATE * slice.toSeconds() * slices + 1_000);
        try (var direct = new Side(setup.direct(), capacity);
                var gateway = new Side(setup.gateway(), capacity)) {
            for (int i = 0; i < slices; i++) {
                setup.say("open loop at " + RATE + " req/s, slice " + (i + 1) + " of " + slices
                        + ", direct then gateway");
                direct.slice(setup, slice);
                gateway.slice(setup, slice);
            }
            report(setup, direct, gateway, slice.toSeconds() * slices);
            reportCpu(setup, direct, gateway, slices);
            return gateway.peakRss;
        }
    }

    private static void report(Setup setup, Side directSide, Side gatewaySide, long seconds) {
        Latencies.Summary direct = directSide.latencies.summary();
        Latencies.Summary gateway = gatewaySide.latencies.summary();
        var table = new Table(
                "Open-loop latency at " + RATE + " req/s (" + seconds + " s per side, alternating slices; ms)",
                "",
                "p50",
                "p90",
                "p99",
                "p99.9",
                "max",
                "requests",
                "failed");
        table.row(row("direct", direct, directSide.failed));
        table.row(row("gateway", gateway, gatewaySide.failed));
        table.row(
                "added",
                Table.plusMs(gateway.p50() - direct.p50()),
                Table.plusMs(gateway.p90() - direct.p90()),
                Table.plusMs(gateway.p99() - direct.p99()),
                Table.plusMs(gateway.p999() - direct.p999()),
                Table.plusMs(gateway.max() - direct.max()),
                "",
                "");
        table.note("Latency counts from each request's scheduled send time. 'added' is the difference of the"
                + " percentiles, not a percentile of differences.");
        setup.tables().add(table);
        setup.goals().addedAtMost("added latency p50 at 1,000 req/s", (gateway.p50() - direct.p50()) / 1e6, 0.1, "ms");
        setup.goals().addedAtMost("added latency p99 at 1,000 req/s", (gateway.p99() - direct.p99()) / 1e6, 0.5, "ms");
    }

    private static String[] row(String name, Latencies.Summary s, int failed) {
        return new String[] {
            name,
            Table.ms(s.p50()),
            Table.ms(s.p90()),
            Table.ms(s.p99()),
            Table.ms(s.p999()),
            Table.ms(s.max()),
            Integer.toString(s.count()),
            Integer.toString(failed)
        };
    }

    private static void reportCpu(Setup setup, Side direct, Side gateway, int slices) {
        double perRequest = gateway.perRequest(gateway.gatewayCpu);
        var table = new Table(
                "CPU per request at " + RATE + " req/s (utime+stime from /proc, us per request)",
                "process",
                "direct",
                "through the gateway");
        table.row("gateway", "", Table.number(perRequest));
        table.row(
                "fake upstream",
                Table.number(direct.perRequest(direct.upstreamCpu)),
                Table.number(gateway.perRequest(gateway.upstreamCpu)));
        table.row(
                "load generator (bench JVM)",
                Table.number(direct.perRequest(direct.benchCpu)),
                Table.number(gateway.perRequest(gateway.benchCpu)));
        // Each slice reads the clock-tick counters twice; a tick is 10 ms.
        table.note(gateway.sent + " requests per side; each figure is good to about +/- "
                + Table.number(2 * slices * 10_000.0 / Math.max(gateway.sent, 1)) + " us (10 ms clock ticks).");
        setup.tables().add(table);
        setup.goals().atMost("gateway CPU per non-streaming request", perRequest, 100, "us");
    }
}
