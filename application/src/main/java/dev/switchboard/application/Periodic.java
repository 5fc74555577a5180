package dev.switchboard.application;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A task run every {@code interval} on its own virtual thread, from {@link #start()} until {@link #close()}. A failure
 * of one run is logged and the next run comes as planned. Closing waits for a run in progress instead of interrupting
 * it, because an interrupted JDBC call can break an embedded database's file. A zero interval never runs the task.
 */
final class Periodic implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Periodic.class.getName());
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final String name;
    private final Duration interval;
    private final Runnable task;
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile @Nullable Thread thread;

    Periodic(String name, Duration interval, Runnable task) {
        this.name = name;
        this.interval = interval;
        this.task = task;
    }

    /** Starts the thread, unless the interval is zero. */
    void start() {
        if (interval.isZero() || interval.isNegative()) return;
        thread = Thread.ofVirtual().name(name).start(this::loop);
    }

    private void loop() {
        try {
            while (!stop.await(interval.toNanos(), TimeUnit.NANOSECONDS)) runOnce();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs the task once, here, logging its failure. */
    void runOnce() {
        try {
            task.run();
        } catch (RuntimeException e) {
            // Only the type: a store's message may quote the statement it ran.
            LOG.log(
                    Level.WARNING,
                    "{0} failed ({1}); it runs again in {2}",
                    name,
                    e.getClass().getName(),
                    interval);
        }
    }

    /** Stops the thread, after the run in progress if any. */
    @Override
    public void close() {
        stop.countDown();
        Thread running = thread;
        if (running == null) return;
        try {
            if (!running.join(CLOSE_WAIT)) LOG.log(Level.WARNING, "{0} did not stop within {1}", name, CLOSE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
