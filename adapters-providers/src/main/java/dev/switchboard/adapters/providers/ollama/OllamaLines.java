package dev.switchboard.adapters.providers.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.Ndjson;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.shared.ResponseBody;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * One NDJSON answer ({@code application/x-ndjson}) read as the caller pulls: each line is read, decoded and handed on
 * before the next is read, so nothing is buffered and the caller's pace is the server's. A line {@code {"error":...}}
 * fails the stream where it stands; an answer that ends before its decoder saw the last line fails with
 * {@code Network}. After {@link #close()}, from any thread, the iterator ends quietly. Used by one reader thread.
 *
 * @param <T> what each line becomes: chat events, pull steps
 */
final class OllamaLines<T> implements Iterator<T>, AutoCloseable {

    /** Turns one line into what it means; one decoder serves one stream. */
    interface Decoder<T> {
        List<T> decode(JsonNode line);

        /** Whether the last line arrived: an answer that ends before it was cut short. */
        boolean done();
    }

    private final ResponseBody body;
    private final Iterator<String> lines;
    private final Decoder<T> decoder;
    private final ArrayDeque<T> pending = new ArrayDeque<>();
    private boolean ended;
    private volatile boolean closed;

    OllamaLines(ResponseBody body, Decoder<T> decoder) {
        this.body = body;
        this.lines = Ndjson.lines(body.stream()).iterator();
        this.decoder = decoder;
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && !ended && !closed) readOne();
        return !pending.isEmpty() && !closed;
    }

    @Override
    public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        return pending.removeFirst();
    }

    /** Idempotent; frees the connection, which ends a read under way. */
    @Override
    public void close() {
        closed = true;
        body.close();
    }

    private void readOne() {
        try {
            if (!lines.hasNext()) {
                end();
                return;
            }
            JsonNode line = ProviderJson.tree(lines.next().getBytes(StandardCharsets.UTF_8), "stream line");
            var error = OllamaErrors.of(line);
            if (error.isPresent()) throw OllamaErrors.inStream(error.get());
            pending.addAll(decoder.decode(line));
        } catch (UncheckedIOException e) {
            boolean expected = decoder.done() || closed;
            stop();
            if (!expected) throw body.failure(Objects.requireNonNull(e.getCause(), "cause"));
        } catch (ProviderException e) {
            stop();
            throw e;
        }
    }

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
