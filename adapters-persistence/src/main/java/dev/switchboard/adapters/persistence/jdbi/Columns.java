package dev.switchboard.adapters.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jdbi.v3.core.argument.Argument;
import org.jspecify.annotations.Nullable;

/**
 * How the stores move instants in and out of {@code TIMESTAMP WITH TIME ZONE} columns, and which failures mean that a
 * racing writer got there first. Both databases keep microseconds, so instants are cut to microseconds on the way in.
 */
final class Columns {

    // Unique or foreign-key violation (23505 both, 23503 PostgreSQL, 23506 H2), serialization failure or deadlock
    // (40001, 40P01), H2's concurrent update and lock timeout (90131, 50200): another writer got there first.
    private static final Set<String> CONFLICTS = Set.of("23505", "23503", "23506", "40001", "40P01", "90131", "50200");

    private Columns() {}

    /** {@code instant} cut to the microseconds the columns keep. */
    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** A timestamp argument for {@code instant} cut to microseconds, or SQL NULL. */
    static Argument timestamp(@Nullable Instant instant) {
        if (instant == null) {
            return (position, statement, ctx) -> statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
        }
        var value = OffsetDateTime.ofInstant(micros(instant), ZoneOffset.UTC);
        return (position, statement, ctx) -> statement.setObject(position, value);
    }

    /** The instant in {@code column}, or null for SQL NULL. */
    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The instant in {@code column}, which the schema declares NOT NULL. */
    static Instant requiredInstant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** Whether {@code failure} says that a concurrent writer changed the same rows first. */
    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && CONFLICTS.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
