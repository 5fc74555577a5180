package dev.switchboard.adapters.providers.openai;

import dev.switchboard.adapters.providers.shared.ResponseBody;
import dev.switchboard.adapters.providers.shared.Sse;
import dev.switchboard.adapters.providers.shared.SseEvent;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * One upstream event stream, read as the caller pulls: each upstream event is read, decoded and handed on before the
 * next is read, so nothing is buffered and the caller's pace is the upstream's. A stream that ends before
 * {@code [DONE]} fails with {@code Network}; after {@link #close()}, from any thread, the iterator ends quietly.
 */
final class OpenAiStream implements ChatStream {

    private final ResponseBody body;
    private final Iterator<SseEvent> events;
    private final OpenAiStreamDecoder decoder = new OpenAiStreamDecoder();
    private boolean iterated;
    private volatile boolean closed;

    OpenAiStream(ResponseBody body) {
        this.body = body;
        this.events = Sse.events(body.stream()).iterator();
    }

    @Override
    public Iterator<ChatEvent> iterator() {
        if (iterated) throw new IllegalStateException("a ChatStream is single use");
        iterated = true;
        return new Events();
    }

    @Override
    public void close() {
        closed = true;
        body.close();
    }

    /** Used by the reader's thread only. */
    private final class Events implements Iterator<ChatEvent> {
        private final ArrayDeque<ChatEvent> pending = new ArrayDeque<>();
        private boolean ended;

        @Override
        public boolean hasNext() {
            while (pending.isEmpty() && !ended && !closed) readOne();
            return !pending.isEmpty() && !closed;
        }

        @Override
        public ChatEvent next() {
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
                ended = true;
                body.close();
                if (!expected) throw body.failure(Objects.requireNonNull(e.getCause(), "cause"));
            } catch (ProviderException e) {
                ended = true;
                body.close();
                throw e;
            }
        }

        /** The upstream's stream ended: normally after {@code [DONE]}, otherwise it was cut short. */
        private void end() {
            boolean expected = decoder.done() || closed;
            ended = true;
            body.close();
            if (!expected) {
                throw new ProviderException(
                        new ProviderFailure.Network("the upstream's stream ended before it was complete"));
            }
        }
    }
}
