package dev.switchboard.application;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatStream;
import java.util.Iterator;

/**
 * An upstream stream whose first event has already been awaited, so that a failure before it (an error event first
 * thing, the connection dropping) is still a failure of the attempt, which routing may retry elsewhere: nothing has
 * reached the client yet. Then it reads on as the stream it wraps; closing it closes that stream, once.
 */
final class PrimedStream implements ChatStream {

    private final ChatStream upstream;
    private final Iterator<ChatEvent> events;
    private final Runnable onClose;
    private boolean closed;

    private PrimedStream(ChatStream upstream, Iterator<ChatEvent> events, Runnable onClose) {
        this.upstream = upstream;
        this.events = events;
        this.onClose = onClose;
    }

    /**
     * Waits for the stream's first event (or its end). On a failure the stream is closed and the failure thrown.
     *
     * @param onClose run once when the primed stream is closed, after the upstream
     */
    static PrimedStream prime(ChatStream upstream, Runnable onClose) {
        try {
            Iterator<ChatEvent> events = upstream.iterator();
            var unused = events.hasNext(); // waits for the first event, or the end
            return new PrimedStream(upstream, events, onClose);
        } catch (RuntimeException e) {
            upstream.close();
            throw e;
        }
    }

    @Override
    public Iterator<ChatEvent> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !closed && events.hasNext();
            }

            @Override
            public ChatEvent next() {
                // Not hasNext(): a close from another thread between the reader's hasNext() and next() must not
                // turn into a NoSuchElementException; the upstream's own next() reports its state.
                return events.next();
            }
        };
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            upstream.close();
        } finally {
            onClose.run();
        }
    }
}
