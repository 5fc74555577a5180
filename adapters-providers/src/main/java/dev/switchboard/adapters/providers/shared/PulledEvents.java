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
 * The domain events of one streamed upstream answer, read as the caller pulls: each unit of the answer (a server-sent
 * event, an NDJSON line) is read, decoded and handed on before the next is read, so nothing is buffered and the
 * caller's pace is the upstream's. An answer that ends before its decoder saw the end fails with {@code Network}; a
 * failure the decoder throws ends it; after {@link #close()}, from any thread, the iterator ends quietly. Read by one
 * thread.
 *
 * @param <U> the units the answer is read in
 * @param <E> the domain events
 */
public final class PulledEvents<U, E> implements Iterator<E>, AutoCloseable {

    /** Turns one provider's units into domain events; one decoder serves one stream on one thread. */
    public interface Decoder<U, E> {
        /**
         * The domain events one unit means.
         *
         * @throws ProviderException for an error the upstream reported in the stream, or a malformed unit
         */
        List<E> decode(U unit);

        /** Whether the upstream's last unit arrived: an answer that ends before it was cut short. */
        boolean done();
    }

    private final ResponseBody body;
    private final Iterator<U> units;
    private final Decoder<U, E> decoder;
    private final ArrayDeque<E> pending = new ArrayDeque<>();
    private boolean ended;
    private volatile boolean closed;

    public PulledEvents(ResponseBody body, Iterator<U> units, Decoder<U, E> decoder) {
        this.body = body;
        this.units = units;
        this.decoder = decoder;
    }

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

    /** Ends the stream and frees the upstream connection, which ends a read under way; idempotent, any thread. */
    @Override
    public void close() {
        closed = true;
        body.close();
    }

    private void readOne() {
        try {
            if (units.hasNext()) {
                pending.addAll(decoder.decode(units.next()));
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

    /** The upstream's answer ended: normally after its last unit, otherwise it was cut short. */
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
