package dev.switchboard.domain.usage;

import java.time.Instant;
import java.util.List;

/**
 * Where usage records are kept: append-only, written in batches off the request path. Thread-safe. A database failure
 * is an unchecked exception; the caller decides whether to keep the batch for a later try.
 */
public interface UsageLedger {

    /** Appends the records, all or none (one transaction). An empty list does nothing. */
    void append(List<UsageRecord> records);

    /** The records that ended in {@code [from, to)}, oldest first, at most {@code limit}. */
    List<UsageRecord> records(Instant from, Instant to, int limit);

    /**
     * The totals of the records in the query's time range, one per group of the query's groupings, in
     * {@link UsageTotal#ORDER}; empty when no record is in the range. Days are UTC.
     */
    List<UsageTotal> totals(UsageQuery query);
}
