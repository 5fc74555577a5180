package dev.switchboard.adapters.providers.shared;

import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The open body of an upstream answer. Reading it never blocks longer than the call's timeout: a read that waits
 * longer closes the body and fails with {@code Timeout} (java.net.http's own timeout ends when the headers arrive).
 * Time spent between reads, while the caller writes to its client, does not count. {@link #close()} is idempotent,
 * may come from any thread, frees the connection and ends a read that is waiting.
 */
public final class ResponseBody implements Closeable {

    private final HttpResponse<InputStream> response;
    private final InputStream guarded;
    private final Duration idle;
    private final AtomicBoolean closed = new AtomicBoolean();
    /**
     * Runs every body's pending check. A check leaves the queue when its body closes: left there until due, as
     * {@code CompletableFuture.delayedExecutor} leaves it, each call's check stayed in memory for the whole timeout
     * (300,000 of them at 5,000 calls a second and the default 60 s), filling the heap and slowing every collection.
     */
    private static final ScheduledThreadPoolExecutor WATCHES = watches();

    private final Watch watch = new Watch(this);
    private volatile @Nullable ScheduledFuture<?> pending;
    /** When the read under way began ({@link System#nanoTime()}), or 0 when none is. */
    private volatile long readingSince;

    private volatile boolean timedOut;

    ResponseBody(HttpResponse<InputStream> response, Duration idle) {
        this.response = response;
        this.guarded = new Guarded(response.body());
        this.idle = idle;
        watch(idle.toNanos());
    }

    public int status() {
        return response.statusCode();
    }

    public HttpHeaders headers() {
        return response.headers();
    }

    /** The body's bytes as they arrive; reading it may throw the {@code IOException}s {@link #failure} maps. */
    public InputStream stream() {
        return guarded;
    }

    /** The rest of the body, closing it. */
    public byte[] readAll() {
        return readAtMost(Integer.MAX_VALUE);
    }

    /** At most {@code limit} bytes of the rest of the body, closing it. */
    public byte[] readAtMost(int limit) {
        try (this) {
            return guarded.readNBytes(limit);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** What a read failure means: {@code Timeout} when the body waited too long, else as {@link Failures#fromIo}. */
    public ProviderException failure(IOException e) {
        if (timedOut) {
            return new ProviderException(
                    new ProviderFailure.Timeout("the upstream sent nothing for " + idle.toMillis() + " ms"), e);
        }
        return new ProviderException(Failures.fromIo(e), e);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        watch.body = null;
        ScheduledFuture<?> check = pending;
        if (check != null) check.cancel(false);
        try {
            response.body().close();
        } catch (IOException e) {
            // Closing only frees the connection; a failure to do so leaves nothing for the caller to act on.
        }
    }

    private void watch(long delayNanos) {
        pending = WATCHES.schedule(watch, delayNanos, TimeUnit.NANOSECONDS);
    }

    private static ScheduledThreadPoolExecutor watches() {
        var executor = new ScheduledThreadPoolExecutor(
                1,
                Thread.ofPlatform().daemon().name("switchboard-upstream-watch").factory());
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    private void check() {
        if (closed.get()) return;
        long since = readingSince;
        long waited = System.nanoTime() - since;
        if (since != 0 && waited >= idle.toNanos()) {
            timedOut = true;
            close();
            return;
        }
        watch(since == 0 ? idle.toNanos() : idle.toNanos() - waited);
    }

    /**
     * The pending check. It lets go of the body when the body closes, so that a check still scheduled for later holds
     * no answer in memory.
     */
    private static final class Watch implements Runnable {
        private volatile @Nullable ResponseBody body;

        Watch(ResponseBody body) {
            this.body = body;
        }

        @Override
        public void run() {
            ResponseBody watched = body;
            if (watched != null) watched.check();
        }
    }

    /** Marks each read, so that the watch knows how long the one under way has waited. */
    private final class Guarded extends FilterInputStream {
        Guarded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            begin();
            try {
                return super.read();
            } finally {
                readingSince = 0;
            }
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            begin();
            try {
                return super.read(bytes, offset, length);
            } finally {
                readingSince = 0;
            }
        }

        @Override
        public void close() {
            ResponseBody.this.close();
        }

        private void begin() {
            long now = System.nanoTime();
            readingSince = now == 0 ? 1 : now;
        }
    }
}
