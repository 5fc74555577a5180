package dev.switchboard.domain.provider;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The progress of one model pull, read as the provider reports it. Like {@link dev.switchboard.domain.chat.ChatStream}
 * it is single use and must be closed; closing is idempotent and may come from another thread. A failure while reading
 * is a {@link ProviderException} thrown from {@code hasNext()} or {@code next()}.
 */
public interface PullStream extends Iterable<PullProgress>, AutoCloseable {

    @Override
    void close();

    /** A stream over steps already known, for fakes. */
    static PullStream of(List<PullProgress> steps) {
        return from(List.copyOf(steps).iterator(), () -> {});
    }

    /** A stream over {@code steps} that runs {@code onClose} once when closed; after close it reports no more. */
    static PullStream from(Iterator<PullProgress> steps, Runnable onClose) {
        return new PullStream() {
            private final AtomicBoolean iterated = new AtomicBoolean();
            private final AtomicBoolean closed = new AtomicBoolean();

            @Override
            public Iterator<PullProgress> iterator() {
                if (!iterated.compareAndSet(false, true)) throw new IllegalStateException("a PullStream is single use");
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return !closed.get() && steps.hasNext();
                    }

                    @Override
                    public PullProgress next() {
                        if (!hasNext()) throw new NoSuchElementException();
                        return steps.next();
                    }
                };
            }

            @Override
            public void close() {
                if (closed.compareAndSet(false, true)) onClose.run();
            }
        };
    }
}
