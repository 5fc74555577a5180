package dev.switchboard.adapters.providers.shared;

import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * One upstream server-sent event stream read as the caller pulls, whatever the domain events it carries (chat events,
 * transcription events): each upstream event is read, decoded and handed on before the next is read, so nothing is
 * buffered and the caller's pace is the upstream's. A stream that ends before its decoder saw the end fails with
 * {@code Network}; a failure the decoder throws ends it; after {@link #close()}, from any thread, the iterator ends
 * quietly. Single use.
 *
 * @param <E> the domain events
 */
public final class SseEventReader<E> {

    /** Turns one provider's events into domain events; one decoder serves one stream on one thread. */
    public interface Decoder<E> {
        /**
         * The domain events one upstream event means.
         *
         * @throws ProviderException for an error the upstream reported in the stream, or a malformed event
         */
        List<E> decode(SseEvent event);

        /** Whether the upstream's end-of-stream event arrived: a stream that ends before it was cut short. */
        boolean done();
    }

    private final ResponseBody body;
    private final Iterator<SseEvent> events;
    private final Decoder<E> decoder;
    private boolean iterated;
    private volatile boolean closed;

    public SseEventReader(ResponseBody body, Decoder<E> decoder) {
        this.body = body;
        this.events = Sse.events(body.stream()).iterator();
        this.decoder = decoder;
    }

    /**
     * The decoded events; may be called once.
     *
     * @param kind the stream's type, for the message when it is read twice
     */
    public Iterator<E> iterator(String kind) {
        if (iterated) throw new IllegalStateException("a " + kind + " is single use");
        iterated = true;
        return new Events();
    }

    /** Ends the stream and frees the upstream connection; idempotent, from any thread. */
    public void close() {
        closed = true;
        body.close();
    }

    /** Used by the reader's thread only. */
    private final class Events implements Iterator<E> {
        private final ArrayDeque<E> pending = new ArrayDeque<>();
        private boolean ended;

        @Override
        public boolean hasNext() {
            while (pending.isEmpty() && !ended && !closed) readOne();
            return !pending.isEmpty() && !closed;
        }

        @Override
        public E next() {
            if (!hasNext()) throw new NoSuchElementException();
            return pending.removeFirst();
        }

        private void readOne() {
            try {
                if (events.hasNext()) {
                    pending.addAll(decoder.decode(events.next()));
                } else {
                    end();
                }
            } catch (UncheckedIOException e) {
                boolean expected = decoder.done() || closed;
                stop();
                if (!expected) throw body.failure(Objects.requireNonNull(e.getCause(), "cause"));
            } catch (ProviderException e) {
                stop();
                throw e;
            }
        }

        /** The upstream's stream ended: normally after its end event, otherwise it was cut short. */
        private void end() {
            boolean expected = decoder.done() || closed;
            stop();
            if (!expected) {
                throw new ProviderException(
                        new ProviderFailure.Network("the upstream's stream ended before it was complete"));
            }
        }

        private void stop() {
            ended = true;
            body.close();
        }
    }
}
