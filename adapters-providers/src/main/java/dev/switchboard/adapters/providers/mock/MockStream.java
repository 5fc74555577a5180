package dev.switchboard.adapters.providers.mock;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Plays events known in advance at the pace of a real provider: the reader waits {@code chunkDelay} before each text or
 * tool-call piece but the first. Closing ends the stream at once, waking a reader that is waiting for the next piece.
 * When a failure is set, the stream sends {@code failAfter} pieces and then throws it on every read.
 */
final class MockStream implements ChatStream {

    private final List<ChatEvent> events;
    private final Duration chunkDelay;
    private final @Nullable ProviderFailure failure;
    private final int failAfter;
    private final CountDownLatch closed = new CountDownLatch(1);
    private boolean iterated;

    MockStream(List<ChatEvent> events, Duration chunkDelay, @Nullable ProviderFailure failure, int failAfter) {
        this.events = List.copyOf(events);
        this.chunkDelay = chunkDelay;
        this.failure = failure;
        this.failAfter = failAfter;
    }

    @Override
    public Iterator<ChatEvent> iterator() {
        if (iterated) throw new IllegalStateException("a ChatStream is single use");
        iterated = true;
        return new Paced();
    }

    @Override
    public void close() {
        closed.countDown();
    }

    private boolean isClosed() {
        return closed.getCount() == 0;
    }

    /** Used by the reader's thread only; {@code close} may come from any thread. */
    private final class Paced implements Iterator<ChatEvent> {
        private int position;
        private int pieces;
        private boolean ready;

        @Override
        public boolean hasNext() {
            if (isClosed() || position >= events.size()) return false;
            if (!ready) prepare(events.get(position));
            return !isClosed();
        }

        @Override
        public ChatEvent next() {
            if (!hasNext()) throw new NoSuchElementException();
            ready = false;
            return events.get(position++);
        }

        /** Waits for the next event's turn, or fails when the scripted failure is due. */
        private void prepare(ChatEvent event) {
            if (event instanceof ChatEvent.TextDelta || event instanceof ChatEvent.ToolCallDelta) {
                if (failure != null && pieces >= failAfter) throw new ProviderException(failure);
                if (pieces > 0) pause();
                pieces++;
            }
            ready = true;
        }

        private void pause() {
            if (chunkDelay.isZero()) return;
            try {
                closed.await(chunkDelay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                // The reader's thread was told to stop: end the stream and keep the flag for the caller.
                Thread.currentThread().interrupt();
                close();
            }
        }
    }
}
