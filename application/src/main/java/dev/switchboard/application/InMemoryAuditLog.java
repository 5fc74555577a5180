package dev.switchboard.application;

import dev.switchboard.domain.auth.AuditEntry;
import dev.switchboard.domain.auth.AuditLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The newest entries of the audit log, in memory: beyond {@code capacity} entries, the oldest is forgotten, so a
 * gateway without a database cannot run out of memory through its admin API. One lock guards the log.
 */
final class InMemoryAuditLog implements AuditLog {

    /** How many entries the gateway keeps without a database. */
    static final int CAPACITY = 10_000;

    /** Orders entries by instant, then by the order they were recorded in. */
    private record Position(Instant at, long sequence) {
        static final Comparator<Position> ORDER =
                Comparator.comparing(Position::at).thenComparingLong(Position::sequence);
    }

    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final TreeMap<Position, AuditEntry> entries = new TreeMap<>(Position.ORDER);
    private long recorded;

    InMemoryAuditLog() {
        this(CAPACITY);
    }

    InMemoryAuditLog(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1");
        this.capacity = capacity;
    }

    @Override
    public void record(AuditEntry entry) {
        lock.lock();
        try {
            entries.put(new Position(entry.at(), recorded++), entry);
            if (entries.size() > capacity) {
                entries.pollFirstEntry();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<AuditEntry> recent(int limit, @Nullable Instant since) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
        lock.lock();
        try {
            var newestFirst = since == null
                    ? entries.descendingMap()
                    : entries.tailMap(new Position(since, Long.MIN_VALUE), true).descendingMap();
            var result = new ArrayList<AuditEntry>(Math.min(limit, newestFirst.size()));
            for (AuditEntry entry : newestFirst.values()) {
                if (result.size() == limit) break;
                result.add(entry);
            }
            return List.copyOf(result);
        } finally {
            lock.unlock();
        }
    }
}
