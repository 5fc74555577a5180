package dev.switchboard.adapters.providers.shared;

import dev.switchboard.domain.provider.ProviderException;
import java.util.Iterator;
import java.util.List;

/**
 * One upstream server-sent event stream read as the caller pulls, whatever the domain events it carries (chat events,
 * transcription events), through {@link PulledEvents}: nothing is buffered, a stream cut short fails with
 * {@code Network}, and after {@link #close()} the iterator ends quietly. Single use.
 *
 * @param <E> the domain events
 */
public final class SseEventReader<E> {

    /** Turns one provider's events into domain events; one decoder serves one stream on one thread. */
    public interface Decoder<E> extends PulledEvents.Decoder<SseEvent, E> {
        /**
         * The domain events one upstream event means.
         *
         * @throws ProviderException for an error the upstream reported in the stream, or a malformed event
         */
        @Override
        List<E> decode(SseEvent event);
    }

    private final PulledEvents<SseEvent, E> events;
    private boolean iterated;

    public SseEventReader(ResponseBody body, Decoder<E> decoder) {
        this.events = new PulledEvents<>(body, Sse.events(body.stream()).iterator(), decoder);
    }

    /**
     * The decoded events; may be called once.
     *
     * @param kind the stream's type, for the message when it is read twice
     */
    public Iterator<E> iterator(String kind) {
        if (iterated) throw new IllegalStateException("a " + kind + " is single use");
        iterated = true;
        return events;
    }

    /** Ends the stream and frees the upstream connection; idempotent, from any thread. */
    public void close() {
        events.close();
    }
}
