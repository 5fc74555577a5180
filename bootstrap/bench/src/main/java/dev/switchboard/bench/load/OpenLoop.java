package dev.switchboard.bench.load;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Fixed-arrival-rate load: request {@code i} is due at {@code start + i / rate}, and its latency counts from when it
 * was due, not from when it was sent, so a slow server shows as queueing in the tail instead of slowing the sender
 * down (coordinated omission). A pool of platform threads, each with its own kept-alive connection, takes the due
 * requests in turn: blocking reads on platform threads cost the load generator fewer thread hand-offs than virtual
 * threads would, and its CPU is taken from the same two cores as the gateway's.
 */
public final class OpenLoop implements AutoCloseable {

    /** Requests in flight at most; more than the gateway ever needs at 1,000 requests/s. */
    static final int WORKERS = 64;

    /** What one run did: requests sent, and how many failed (non-200 or I/O error). */
    public record Outcome(int sent, int failed) {}

    private final Target target;
    private final byte[] request;
    private final @Nullable HttpConnection[] connections = new HttpConnection[WORKERS];

    public OpenLoop(Target target) {
        this.target = target;
        this.request = target.chatRequest(Target.ECHO_MODEL, false);
    }

    /** Sends {@code rate × duration} requests at {@code rate} per second, recording each latency. */
    public Outcome run(int rate, Duration duration, Latencies latencies) {
        int total = (int) (rate * duration.toMillis() / 1000);
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime() + 5_000_000;
        var next = new AtomicInteger();
        var failed = new AtomicInteger();
        var workers = new ArrayList<Thread>();
        for (int w = 0; w < WORKERS; w++) {
            int slot = w;
            workers.add(Thread.ofPlatform().name("open-loop-" + w).start(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * period;
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    if (!exchange(slot, due, latencies)) failed.incrementAndGet();
                }
            }));
        }
        try {
            for (Thread worker : workers) worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the open loop ran", e);
        }
        return new Outcome(total, failed.get());
    }

    private boolean exchange(int slot, long due, Latencies latencies) {
        HttpConnection connection = connections[slot];
        try {
            if (connection == null) connection = connections[slot] = HttpConnection.open(target);
            connection.send(request);
            HttpConnection.Head head = connection.readHead();
            connection.skipBody(head);
            latencies.record(System.nanoTime() - due);
            return head.status() == 200;
        } catch (IOException | RuntimeException e) {
            if (connection != null) connection.close();
            connections[slot] = null;
            return false;
        }
    }

    /** Closes the kept-alive connections. */
    @Override
    public void close() {
        for (int slot = 0; slot < WORKERS; slot++) {
            HttpConnection connection = connections[slot];
            if (connection != null) connection.close();
            connections[slot] = null;
        }
    }
}
