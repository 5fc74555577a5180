package dev.switchboard.bench;

import dev.switchboard.bench.load.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (closed loop: each connection sends its next request when the last one was answered) and reads its summary. */
record Wrk(Path executable, Path script) {

    /** One run's figures; latencies from wrk's {@code --latency} distribution. */
    record Result(double perSecond, long requests, long errors, long p50Nanos, long p99Nanos) {}

    private static final Pattern PER_SECOND = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    Result run(Target target, int connections, Duration length) {
        String url = "http://" + target.address().getHostString() + ":"
                + target.address().getPort() + "/v1/chat/completions";
        var command = List.of(
                executable.toString(),
                "-t",
                Integer.toString(Math.min(2, connections)),
                "-c",
                Integer.toString(connections),
                "-d",
                length.toSeconds() + "s",
                "--timeout",
                "5s",
                "--latency",
                "-s",
                script.toString(),
                url);
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("BENCH_BODY", Throughput.body(target));
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(length.toSeconds() + 30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("wrk failed: " + output.strip());
            }
            return parse(output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run wrk", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while wrk ran", e);
        }
    }

    static Result parse(String output) {
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) errors += Long.parseLong(non2xx.group(1));
        Matcher sockets = SOCKET_ERRORS.matcher(output);
        if (sockets.find()) {
            for (int group = 1; group <= 4; group++) errors += Long.parseLong(sockets.group(group));
        }
        return new Result(
                Double.parseDouble(find(PER_SECOND, output)),
                Long.parseLong(find(REQUESTS, output)),
                errors,
                percentile(output, "50%"),
                percentile(output, "99%"));
    }

    /** A line of wrk's latency distribution, such as {@code 99%  1.23ms}, in nanoseconds. */
    private static long percentile(String output, String label) {
        Matcher matcher = Pattern.compile(
                        "^\\s*" + Pattern.quote(label) + "\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE)
                .matcher(output);
        if (!matcher.find()) return 0;
        double value = Double.parseDouble(matcher.group(1));
        return (long)
                switch (matcher.group(2)) {
                    case "us" -> value * 1e3;
                    case "ms" -> value * 1e6;
                    default -> value * 1e9;
                };
    }

    private static String find(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) throw new IllegalStateException("unexpected wrk output: " + output.strip());
        return matcher.group(1);
    }
}
