package dev.switchboard.domain.chat;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A streamed completion, pulled event by event on the caller's (virtual) thread. Like {@code DirectoryStream} it is
 * single use: {@link #iterator()} may be called once. Reading blocks until the provider sends the next event, which is
 * what gives end-to-end backpressure.
 *
 * <p>A failure while reading is a {@code ProviderException} thrown from {@code hasNext()} or {@code next()}. The
 * stream must be closed, normally with try-with-resources; closing is idempotent, may be called from another thread,
 * and frees the upstream connection at once, which cancels the provider's work.
 */
public interface ChatStream extends Iterable<ChatEvent>, AutoCloseable {

    @Override
    void close();

    /** A stream over events already known, for fakes and for providers that answer all at once. */
    static ChatStream of(List<ChatEvent> events) {
        return from(events.iterator(), () -> {});
    }

    /**
     * A stream over {@code events} that runs {@code onClose} once when closed. After close, the iterator reports no
     * more events.
     */
    static ChatStream from(Iterator<ChatEvent> events, Runnable onClose) {
        return new ChatStream() {
            private final AtomicBoolean iterated = new AtomicBoolean();
            private final AtomicBoolean closed = new AtomicBoolean();

            @Override
            public Iterator<ChatEvent> iterator() {
                if (!iterated.compareAndSet(false, true)) throw new IllegalStateException("a ChatStream is single use");
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return !closed.get() && events.hasNext();
                    }

                    @Override
                    public ChatEvent next() {
                        if (!hasNext()) throw new NoSuchElementException();
                        return events.next();
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
