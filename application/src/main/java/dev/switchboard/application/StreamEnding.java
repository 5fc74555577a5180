package dev.switchboard.application;

import dev.switchboard.domain.chat.Usage;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * How a stream being read went, for its usage record: whether it reached its end, the first failure while reading,
 * and the usage its provider reported. Written by the reading thread, read once when the stream is closed.
 */
final class StreamEnding {

    private volatile @Nullable Usage reported;
    private volatile boolean ended;
    private volatile UsageRecorder.@Nullable Outcome failure;

    void reported(Usage usage) {
        reported = usage;
    }

    void ended() {
        ended = true;
    }

    /** Notes the first failure while reading; returns it, to be thrown on. */
    RuntimeException failed(RuntimeException e) {
        if (failure == null) failure = UsageRecorder.Outcome.of(e);
        return e;
    }

    /**
     * {@code events} as they are read, each shown to {@code seen}: reaching their end, or a failure while reading, is
     * noted here.
     */
    <E> Iterator<E> watch(Iterator<E> events, Consumer<E> seen) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    boolean more = events.hasNext();
                    if (!more) ended();
                    return more;
                } catch (RuntimeException e) {
                    throw failed(e);
                }
            }

            @Override
            public E next() {
                try {
                    E event = events.next();
                    seen.accept(event);
                    return event;
                } catch (RuntimeException e) {
                    throw failed(e);
                }
            }
        };
    }

    /**
     * Ended: 200 with the reported usage; failed: the failure's status and kind; else closed before its end by the
     * client: 499, {@code ClientClosed}. Without reported usage, what {@code soFar} knows.
     */
    UsageRecorder.Outcome outcome(Supplier<Usage> soFar) {
        UsageRecorder.Outcome failed = failure;
        Usage known = reported;
        Usage usage = known != null ? known : soFar.get();
        if (failed != null) return new UsageRecorder.Outcome(failed.status(), failed.failure(), usage);
        if (ended) return new UsageRecorder.Outcome(200, null, usage);
        return new UsageRecorder.Outcome(UsageRecorder.CLIENT_CLOSED, "ClientClosed", usage);
    }
}
