package dev.switchboard.bench.upstream;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The streams' clock: which connection sends its next event when. Used by the event loop's single thread only.
 * Times are {@link System#nanoTime()} values; a late event is sent as soon as the loop sees it, and later events
 * keep their own times, so lateness never accumulates along a stream.
 */
final class Pacer {

    private record Tick(long due, UpstreamConnection connection) {}

    private final PriorityQueue<Tick> ticks = new PriorityQueue<>(Comparator.comparingLong(Tick::due));

    void at(long due, UpstreamConnection connection) {
        ticks.add(new Tick(due, connection));
    }

    /** Milliseconds the loop may wait for I/O before the next tick: 0 when one is due, -1 when none is waiting. */
    long millisToWait(long now) {
        Tick next = ticks.peek();
        if (next == null) return -1;
        long nanos = next.due() - now;
        // Round up: waking early would spin; waking up to 1 ms late is the same on the direct and gateway paths.
        return nanos <= 0 ? 0 : (nanos + 999_999) / 1_000_000;
    }

    /** Runs every tick that is due by {@code now}, including ticks those ticks schedule for no later than now. */
    void runDue(long now) {
        while (!ticks.isEmpty() && ticks.peek().due() <= now) {
            ticks.poll().connection().tick(now);
        }
    }
}
