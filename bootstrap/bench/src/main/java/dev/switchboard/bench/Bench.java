package dev.switchboard.bench;

import dev.switchboard.bench.load.ClosedLoop;
import dev.switchboard.bench.load.Latencies;
import dev.switchboard.bench.load.OpenLoop;
import dev.switchboard.bench.load.StreamClient;
import dev.switchboard.bench.load.StreamTally;
import dev.switchboard.bench.upstream.StreamSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The measuring side of {@code ./switchboard bench}. The launcher has started the fake upstream and the gateway and
 * passes their addresses and process ids; this runs the phases in order (warm-up, wrk throughput, open-loop latency
 * and CPU, streaming, the optional soak), each measuring direct and through the gateway, and prints the figures, the
 * ratios and the verdict on every target. Progress goes to standard error, the report to standard output.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            Runtime.getRuntime().exit(2);
            return;
        }
        try {
            run(Setup.of(options, System.err));
        } catch (RuntimeException e) {
            // The report would be meaningless: say why in one line and let the launcher show the gateway's log.
            System.err.println("bench: stopped: " + e.getMessage());
            Runtime.getRuntime().exit(1);
        }
    }

    private static void run(Setup setup) {
        Options options = setup.options();
        String loadBefore = loadAverage();
        long idle = setup.gatewayProcess().rssBytes();
        warmUp(setup);
        long underLoad = Throughput.run(setup);
        underLoad = Math.max(underLoad, Latency.run(setup));
        long holding = Streaming.run(setup);
        if (options.soak()) Soak.run(setup);
        pause(Duration.ofSeconds(2));
        memoryAndStartup(setup, idle, underLoad, holding, setup.gatewayProcess().rssBytes());
        print(setup, System.out, loadBefore + " at the start, " + loadAverage() + " at the end");
    }

    /** Lets both JITs compile the hot paths before anything is measured. */
    private static void warmUp(Setup setup) {
        Duration length = setup.options().length(Duration.ofSeconds(10), Duration.ofSeconds(3));
        setup.say("warming up for about " + length.toSeconds() * 2 + " s");
        ClosedLoop.Outcome gateway = ClosedLoop.run(setup.gateway(), 8, length);
        ClosedLoop.run(setup.direct(), 8, length.dividedBy(2));
        if (gateway.ok() == 0) throw new IllegalStateException("the gateway answered no request with 200");
        // The open-loop client's own code paths, so its first measured slice does not pay for their compilation.
        for (var target : List.of(setup.direct(), setup.gateway())) {
            try (var load = new OpenLoop(target)) {
                load.run(Latency.RATE, length.dividedBy(4), new Latencies(Latency.RATE * (int) length.toSeconds()));
            }
        }
        var burst = new StreamSpec(20, 0);
        int streams = setup.options().count(300, 60);
        var tally = new StreamTally();
        StreamClient.sequential(setup.gateway(), burst, streams, 4, new Latencies(0), new Latencies(0), tally);
        StreamClient.sequential(setup.direct(), burst, streams / 2, 4, new Latencies(0), new Latencies(0), tally);
        setup.say("warm-up: " + gateway.ok() + " requests (" + gateway.failed() + " failed) and "
                + tally.totals().complete() + " streams complete");
    }

    private static void memoryAndStartup(Setup setup, long idle, long underLoad, long holding, long after) {
        var table = new Table("Gateway memory (VmRSS) and start-up", "figure", "value");
        table.row("RSS idle, after start-up", Table.mib(idle));
        table.row("RSS under load (highest during wrk and open-loop runs)", Table.mib(underLoad));
        table.row("RSS holding " + Streaming.HELD + " streams (highest)", Table.mib(holding));
        table.row("RSS idle, 2 s after the load", Table.mib(after));
        long startup = setup.options().startupMillis();
        table.row("start-up: launch to first 200 from /v1/models", startup < 0 ? "not measured" : startup + " ms");
        double[] overhead = overhead(setup);
        if (overhead.length == 0) {
            table.row("x-switchboard-overhead-ms (gateway's own time)", "header absent");
        } else {
            table.row(
                    "x-switchboard-overhead-ms p50 / p99 (" + overhead.length + " sequential requests)",
                    String.format(
                            java.util.Locale.ROOT,
                            "%.3f / %.3f ms",
                            Overhead.quantile(overhead, 0.5),
                            Overhead.quantile(overhead, 0.99)));
        }
        setup.tables().add(table);
        Goals goals = setup.goals();
        goals.atMost("RSS idle after start-up", (double) idle / 1048576, 150, "MiB");
        goals.atMost("RSS idle after the load", (double) after / 1048576, 150, "MiB");
        goals.atMost("RSS holding " + Streaming.HELD + " streams", (double) holding / 1048576, 400, "MiB");
        if (startup >= 0) goals.atMost("start-up to first served request", (double) startup, 1000, "ms");
    }

    /** The gateway's own overhead header over sequential requests; empty when it could not be read. */
    private static double[] overhead(Setup setup) {
        try {
            return Overhead.sample(
                    setup.options().gateway(), setup.gateway(), setup.options().count(1000, 200));
        } catch (java.io.IOException e) {
            return new double[0];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new double[0];
        }
    }

    private static void print(Setup setup, PrintStream out, String load) {
        Options options = setup.options();
        out.println("Switchboard bench, " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + (options.quick() ? " (--quick: short phases, figures are rough)" : ""));
        out.println("machine: " + Runtime.getRuntime().availableProcessors() + " CPUs shared by the fake upstream,"
                + " the gateway and the load generator; JDK " + Runtime.version());
        out.println("load average (1, 5, 15 min): " + load + "; other work on the machine shows up in every figure");
        out.println("gateway JVM flags: " + (options.gatewayFlags().isBlank() ? "(none)" : options.gatewayFlags()));
        setup.tables().forEach(table -> table.print(out));
        setup.goals().print(out);
        out.flush();
    }

    /** The first three fields of /proc/loadavg. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ", -1);
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
