package dev.switchboard.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bench's command line, as {@code ./switchboard bench} writes it: where the upstream and the gateway listen,
 * their process ids, the start-up time it measured, and how long to run.
 */
record Options(
        URI upstream,
        URI gateway,
        String provider,
        long gatewayPid,
        long upstreamPid,
        long startupMillis,
        Optional<Path> wrk,
        Path workDir,
        long ticksPerSecond,
        boolean quick,
        boolean soak,
        String gatewayFlags) {

    private static final Set<String> FLAGS = Set.of("--quick", "--soak");

    static Options parse(List<String> args) {
        var values = new HashMap<String, String>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (FLAGS.contains(arg)) values.put(arg, "true");
            else if (arg.startsWith("--") && i + 1 < args.size()) values.put(arg, args.get(++i));
            else throw new IllegalArgumentException("unexpected argument " + arg);
        }
        return new Options(
                URI.create(required(values, "--upstream")),
                URI.create(required(values, "--gateway")),
                values.getOrDefault("--provider", "up"),
                Long.parseLong(required(values, "--gateway-pid")),
                Long.parseLong(required(values, "--upstream-pid")),
                Long.parseLong(values.getOrDefault("--startup-ms", "-1")),
                Optional.ofNullable(values.get("--wrk"))
                        .filter(s -> !s.isBlank())
                        .map(Path::of),
                Path.of(required(values, "--work-dir")),
                Long.parseLong(values.getOrDefault("--clk-tck", "100")),
                values.containsKey("--quick"),
                values.containsKey("--soak"),
                values.getOrDefault("--gateway-flags", ""));
    }

    /** {@code full} for a full run, {@code quick} with {@code --quick}. */
    Duration length(Duration full, Duration quick) {
        return this.quick ? quick : full;
    }

    int count(int full, int quick) {
        return this.quick ? quick : full;
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) throw new IllegalArgumentException("missing " + name);
        return value;
    }
}
