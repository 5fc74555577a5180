package dev.switchboard.domain.audio;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A streamed transcription, pulled event by event on the caller's (virtual) thread; reading blocks until the provider
 * sends the next event. Like {@link dev.switchboard.domain.chat.ChatStream} it is single use: {@link #iterator()} may
 * be called once. A failure while reading, the connection dropping before {@link TranscriptionEvent.Done} included, is
 * a {@code ProviderException} thrown from {@code hasNext()} or {@code next()}. The stream must be closed, normally
 * with try-with-resources; closing is idempotent, may come from another thread and frees the upstream connection.
 */
public interface TranscriptionStream extends Iterable<TranscriptionEvent>, AutoCloseable {

    @Override
    void close();

    /** A stream over events already known, for fakes and for providers that answer all at once. */
    static TranscriptionStream of(List<TranscriptionEvent> events) {
        return from(List.copyOf(events).iterator(), () -> {});
    }

    /** A stream over {@code events} that runs {@code onClose} once when closed; after close it reports no more. */
    static TranscriptionStream from(Iterator<TranscriptionEvent> events, Runnable onClose) {
        return new TranscriptionStream() {
            private final AtomicBoolean iterated = new AtomicBoolean();
            private final AtomicBoolean closed = new AtomicBoolean();

            @Override
            public Iterator<TranscriptionEvent> iterator() {
                if (!iterated.compareAndSet(false, true)) {
                    throw new IllegalStateException("a TranscriptionStream is single use");
                }
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return !closed.get() && events.hasNext();
                    }

                    @Override
                    public TranscriptionEvent next() {
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
