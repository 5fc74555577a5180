package dev.switchboard.application;

import dev.switchboard.domain.auth.AuditEntry;
import dev.switchboard.domain.auth.AuditLog;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads back who changed what through the admin API, newest first. */
public final class ReadAuditLog {

    /** The most entries one read returns. */
    public static final int MAX_LIMIT = 1000;

    private final AuditLog log;

    ReadAuditLog(AuditLog log) {
        this.log = log;
    }

    /**
     * The newest entries, newest first.
     *
     * @param limit how many at most, 1-{@value #MAX_LIMIT}
     * @param since when given, only entries at or after it
     * @throws AdminException naming {@code limit} when it is out of range
     */
    public List<AuditEntry> recent(int limit, @Nullable Instant since) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw AdminException.invalid("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return log.recent(limit, since);
    }
}
