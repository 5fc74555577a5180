package dev.switchboard.bench;

import dev.switchboard.bench.load.Target;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * What the gateway says of itself: the {@code x-switchboard-overhead-ms} header of sequential requests, which is the
 * gateway's own time with the upstream's excluded, as a cross-check of the added latency measured from outside.
 */
final class Overhead {

    private Overhead() {}

    /** The header's values over {@code requests} sequential chat completions, sorted; empty when it is absent. */
    static double[] sample(URI gateway, Target target, int requests) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            var request = HttpRequest.newBuilder(gateway.resolve("/v1/chat/completions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(target.chatBody(Target.ECHO_MODEL, false)))
                    .build();
            double[] values = new double[requests];
            int seen = 0;
            for (int i = 0; i < requests; i++) {
                var answer = client.send(request, HttpResponse.BodyHandlers.discarding());
                var header = answer.headers().firstValue("x-switchboard-overhead-ms");
                if (header.isPresent()) values[seen++] = Double.parseDouble(header.get());
            }
            double[] kept = Arrays.copyOf(values, seen);
            Arrays.sort(kept);
            return kept;
        }
    }

    /** The value at quantile {@code q} (0-1) of sorted values. */
    static double quantile(double[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }
}
