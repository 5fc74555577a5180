package dev.switchboard.application;

import dev.switchboard.domain.usage.UsageLedger;
import dev.switchboard.domain.usage.UsageRecord;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Usage records not yet written, held in a bounded queue and written to the ledger in batches by {@link #flush()}
 * (every second, and on shutdown). Adding never blocks: when the queue is full the oldest record is dropped and
 * counted, and the next flush logs how many were. A batch the ledger refused is put back for the next flush. So a
 * crash loses what was added since the last flush, at most a second's worth; a slow or failing ledger costs requests
 * nothing. Thread-safe.
 */
final class UsageQueue {

    private static final System.Logger LOG = System.getLogger(UsageQueue.class.getName());

    /** Records held at most: about a minute of a busy gateway's requests, and a few tens of megabytes. */
    static final int CAPACITY = 100_000;

    /** Records written in one statement batch and transaction. */
    static final int BATCH = 1_000;

    private final UsageLedger ledger;
    private final ArrayBlockingQueue<UsageRecord> pending;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong droppedEver = new AtomicLong();
    private final ReentrantLock flushing = new ReentrantLock();

    UsageQueue(UsageLedger ledger) {
        this(ledger, CAPACITY);
    }

    UsageQueue(UsageLedger ledger, int capacity) {
        this.ledger = ledger;
        this.pending = new ArrayBlockingQueue<>(capacity);
    }

    /** Queues the record; when the queue is full, drops the oldest one to make room. Never blocks. */
    void add(UsageRecord record) {
        while (!pending.offer(record)) {
            if (pending.poll() != null) {
                dropped.incrementAndGet();
                droppedEver.incrementAndGet();
            }
        }
    }

    /**
     * Writes every queued record, {@value #BATCH} at a time; stops at the first batch the ledger refuses, which stays
     * queued for the next flush. One flush runs at a time.
     *
     * @return how many records were written
     */
    int flush() {
        flushing.lock();
        try {
            reportDrops();
            int written = 0;
            List<UsageRecord> batch = new ArrayList<>(BATCH);
            while (pending.drainTo(batch, BATCH) > 0) {
                try {
                    ledger.append(batch);
                } catch (RuntimeException e) {
                    batch.forEach(this::add);
                    // Only the type: a store's message may quote the statement it ran.
                    LOG.log(
                            Level.WARNING,
                            "writing {0} usage records failed ({1}); trying again at the next flush",
                            batch.size(),
                            e.getClass().getName());
                    return written;
                }
                written += batch.size();
                batch.clear();
            }
            return written;
        } finally {
            flushing.unlock();
        }
    }

    /** How many records wait to be written. */
    int size() {
        return pending.size();
    }

    /** How many records were dropped because the queue was full, since the last flush. */
    long dropped() {
        return dropped.get();
    }

    /** How many records were dropped because the queue was full, since the gateway started. */
    long droppedEver() {
        return droppedEver.get();
    }

    private void reportDrops() {
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            LOG.log(
                    Level.WARNING,
                    "{0} usage records were dropped: the queue of {1} was full (the ledger is slow or down)",
                    lost,
                    pending.remainingCapacity() + pending.size());
        }
    }
}
