package dev.switchboard.application;

import dev.switchboard.domain.usage.UsageLedger;
import dev.switchboard.domain.usage.UsageQuery;
import dev.switchboard.domain.usage.UsageRecord;
import dev.switchboard.domain.usage.UsageTotal;
import java.time.Instant;
import java.util.List;

/**
 * Answers "who spent what, on which model, and what failed" from the usage ledger. Records still waiting to be
 * written are written first, so an answer includes every request that ended before it was asked. Get it from
 * {@link Gateway#usage()}.
 */
public final class ReadUsage {

    /** The most records {@link #records} returns at once. */
    public static final int MAX_RECORDS = 10_000;

    private final UsageLedger ledger;
    private final UsageQueue queue;

    ReadUsage(UsageLedger ledger, UsageQueue queue) {
        this.ledger = ledger;
        this.queue = queue;
    }

    /** How many usage records wait to be written to the ledger (it is written every second). */
    public int pending() {
        return queue.size();
    }

    /** How many usage records were lost since start because the queue was full (the ledger was slow or down). */
    public long dropped() {
        return queue.droppedEver();
    }

    /** The totals of the query's range, one per group; see {@link UsageLedger#totals}. */
    public List<UsageTotal> totals(UsageQuery query) {
        queue.flush();
        return ledger.totals(query);
    }

    /**
     * The records that ended in {@code [from, to)}, oldest first, at most {@code limit}.
     *
     * @throws IllegalArgumentException when {@code limit} is not 1-{@value #MAX_RECORDS}
     */
    public List<UsageRecord> records(Instant from, Instant to, int limit) {
        if (limit < 1 || limit > MAX_RECORDS) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_RECORDS);
        }
        queue.flush();
        return ledger.records(from, to, limit);
    }
}
