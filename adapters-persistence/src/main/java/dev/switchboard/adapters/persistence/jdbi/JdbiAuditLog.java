package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.auth.AuditEntry;
import dev.switchboard.domain.auth.AuditLog;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * {@link AuditLog} on the {@code audit_log} table, which keeps every entry. Entries of the same instant come back in
 * the order of their generated ids, which is the order they were recorded in.
 */
final class JdbiAuditLog implements AuditLog {

    private static final String COLUMNS = "at, actor, action, target, detail";

    private final Jdbi jdbi;

    JdbiAuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO audit_log (" + COLUMNS + ")" + " VALUES (:at, :actor, :action, :target, :detail)")
                .bind("at", Columns.timestamp(entry.at()))
                .bind("actor", entry.actor())
                .bind("action", entry.action())
                .bind("target", entry.target())
                .bind("detail", entry.detail())
                .execute());
    }

    @Override
    public List<AuditEntry> recent(int limit, @Nullable Instant since) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
        var where = since == null ? "" : " WHERE at >= :since";
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery(
                            "SELECT " + COLUMNS + " FROM audit_log" + where + " ORDER BY at DESC, id DESC LIMIT :limit")
                    .bind("limit", limit);
            if (since != null) {
                query.bind("since", Columns.timestamp(roundedUp(since)));
            }
            return query.map((rs, ctx) -> new AuditEntry(
                            Columns.requiredInstant(rs, "at"),
                            rs.getString("actor"),
                            rs.getString("action"),
                            rs.getString("target"),
                            rs.getString("detail")))
                    .list();
        });
    }

    /** {@code since} up to the next whole microsecond: a stored instant before it is before {@code since}. */
    private static Instant roundedUp(Instant since) {
        var micros = since.truncatedTo(ChronoUnit.MICROS);
        return micros.equals(since) ? since : micros.plus(1, ChronoUnit.MICROS);
    }
}
