package dev.switchboard.domain.auth;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The record of every change operators make through the admin API, for reading back through it. Append-only.
 * Implementations are safe for concurrent use by many threads; each method is atomic. Failures of the storage itself
 * are unchecked exceptions of the implementation. A store may keep only the most recent entries (the in-memory one
 * does); a database keeps them all. Instants may be kept at a coarser precision, but never coarser than microseconds.
 */
public interface AuditLog {

    /** Appends {@code entry}. */
    void record(AuditEntry entry);

    /**
     * The most recent entries, newest first: by {@link AuditEntry#at()} descending, entries of the same instant in the
     * reverse of the order they were recorded in.
     *
     * @param limit how many entries at most; at least 1
     * @param since when given, only the entries at or after this instant
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    List<AuditEntry> recent(int limit, @Nullable Instant since);
}
