package dev.switchboard.bench.load;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop load for warming up: {@code connections} kept-alive connections, each sending its next request as soon
 * as the last one was answered, for a while. Throughput figures come from wrk, not from this.
 */
public final class ClosedLoop {

    /** Requests answered 200, and requests that failed. */
    public record Outcome(int ok, int failed) {}

    private ClosedLoop() {}

    public static Outcome run(Target target, int connections, Duration duration) {
        byte[] request = target.chatRequest(Target.ECHO_MODEL, false);
        long deadline = System.nanoTime() + duration.toNanos();
        var failed = new AtomicInteger();
        var futures = new ArrayList<Future<Integer>>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < connections; i++) {
                futures.add(executor.submit(() -> loop(target, request, deadline, failed)));
            }
        }
        int ok = futures.stream().mapToInt(Future::resultNow).sum();
        return new Outcome(ok, failed.get());
    }

    private static int loop(Target target, byte[] request, long deadline, AtomicInteger failed) {
        int ok = 0;
        while (System.nanoTime() < deadline) {
            try (var connection = HttpConnection.open(target)) {
                while (System.nanoTime() < deadline) {
                    connection.send(request);
                    HttpConnection.Head head = connection.readHead();
                    connection.skipBody(head);
                    if (head.status() == 200) ok++;
                    else failed.incrementAndGet();
                }
            } catch (IOException | RuntimeException e) {
                failed.incrementAndGet();
            }
        }
        return ok;
    }
}
