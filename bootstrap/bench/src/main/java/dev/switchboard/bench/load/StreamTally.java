package dev.switchboard.bench.load;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Counts over many streams, updated by their threads at once; {@link #open} may be read while they run. */
public final class StreamTally {

    /**
     * What the streams of one run came to.
     *
     * @param streams streams attempted
     * @param complete streams that ended with {@code [DONE]} and every chunk, once, in order
     * @param failed streams that got no 200 or broke off with an I/O error
     * @param chunks content chunks received
     * @param lost chunks the upstream sent that never arrived
     * @param outOfOrder chunks that arrived reordered or repeated
     * @param peakOpen the most streams open at the same moment
     */
    public record Totals(
            int streams, int complete, int failed, long chunks, long lost, long outOfOrder, int peakOpen) {}

    private final AtomicInteger streams = new AtomicInteger();
    private final AtomicInteger complete = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger peakOpen = new AtomicInteger();
    private final AtomicLong chunks = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final AtomicLong outOfOrder = new AtomicLong();

    /** Streams whose headers have arrived and whose body has not ended. */
    public int open() {
        return open.get();
    }

    public Totals totals() {
        return new Totals(
                streams.get(),
                complete.get(),
                failed.get(),
                chunks.get(),
                lost.get(),
                outOfOrder.get(),
                peakOpen.get());
    }

    void started() {
        streams.incrementAndGet();
    }

    void opened() {
        peakOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
    }

    void closed() {
        open.decrementAndGet();
    }

    void failed() {
        failed.incrementAndGet();
    }

    void finished(Sequence sequence) {
        if (sequence.complete()) complete.incrementAndGet();
        chunks.addAndGet(sequence.received());
        lost.addAndGet(sequence.lost());
        outOfOrder.addAndGet(sequence.outOfOrder());
    }
}
