package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.rotation.LastError;
import dev.switchboard.domain.rotation.RotationState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jspecify.annotations.Nullable;

/** How a {@link RotationState} maps to a row of {@code rotation_state}, and back. */
final class RotationRows {

    /**
     * The columns read: the profile's id from {@code auth_profile p} and its state from {@code rotation_state s},
     * joined on the left so that a profile without a row reads as fresh.
     */
    static final String SELECT = "SELECT p.id AS profile_id, s.status, s.status_until, s.status_reason,"
            + " s.status_since, s.consecutive_failures, s.last_used, s.last_success, s.last_error_kind,"
            + " s.last_error_status, s.last_error_at, s.version"
            + " FROM auth_profile p LEFT JOIN rotation_state s ON s.profile_id = p.id";

    static final String INSERT = "INSERT INTO rotation_state (profile_id, status, status_until, status_reason,"
            + " status_since, consecutive_failures, last_used, last_success, last_error_kind, last_error_status,"
            + " last_error_at, version) VALUES (:profile, :status, :until, :reason, :since, :failures, :lastUsed,"
            + " :lastSuccess, :errorKind, :errorStatus, :errorAt, :version)";

    /** Writes only over the version read: compare and set. */
    static final String UPDATE = "UPDATE rotation_state SET status = :status, status_until = :until,"
            + " status_reason = :reason, status_since = :since, consecutive_failures = :failures,"
            + " last_used = :lastUsed, last_success = :lastSuccess, last_error_kind = :errorKind,"
            + " last_error_status = :errorStatus, last_error_at = :errorAt, version = :version"
            + " WHERE profile_id = :profile AND version = :expected";

    /**
     * A profile's state as read.
     *
     * @param stored whether a row holds it; when not, the state is fresh and writing it means inserting a row
     */
    record Read(RotationState state, boolean stored) {}

    private RotationRows() {}

    /** The state in the current row of a query over {@link #SELECT}. */
    static Read read(ResultSet rs) throws SQLException {
        var profile = new ProfileId(rs.getString("profile_id"));
        var status = rs.getString("status");
        if (status == null) {
            return new Read(RotationState.fresh(profile), false);
        }
        var columns = new StatusColumns(
                status,
                Columns.instant(rs, "status_until"),
                rs.getString("status_reason"),
                Columns.instant(rs, "status_since"));
        var state = new RotationState(
                profile,
                columns.status(),
                rs.getInt("consecutive_failures"),
                Columns.instant(rs, "last_used"),
                Columns.instant(rs, "last_success"),
                lastError(rs),
                rs.getLong("version"));
        return new Read(state, true);
    }

    /** {@code state} at {@code version}, with its instants cut to microseconds: exactly what a row holds. */
    static RotationState storable(RotationState state, long version) {
        var error = state.lastError();
        return new RotationState(
                state.profile(),
                StatusColumns.of(state.status()).status(),
                state.consecutiveFailures(),
                micros(state.lastUsed()),
                micros(state.lastSuccess()),
                error == null ? null : new LastError(error.kind(), error.status(), Columns.micros(error.at())),
                version);
    }

    /** Binds every named parameter of {@link #INSERT}, and all of {@link #UPDATE} but {@code expected}. */
    static <S extends SqlStatement<S>> S bind(S statement, RotationState state) {
        var status = StatusColumns.of(state.status());
        var error = state.lastError();
        return statement
                .bind("profile", state.profile().value())
                .bind("status", status.name())
                .bind("until", Columns.timestamp(status.until()))
                .bind("reason", status.reason())
                .bind("since", Columns.timestamp(status.since()))
                .bind("failures", state.consecutiveFailures())
                .bind("lastUsed", Columns.timestamp(state.lastUsed()))
                .bind("lastSuccess", Columns.timestamp(state.lastSuccess()))
                .bind("errorKind", error == null ? null : error.kind())
                .bind("errorStatus", error == null ? null : Integer.valueOf(error.status()))
                .bind("errorAt", Columns.timestamp(error == null ? null : error.at()))
                .bind("version", state.version());
    }

    private static @Nullable LastError lastError(ResultSet rs) throws SQLException {
        var kind = rs.getString("last_error_kind");
        if (kind == null) {
            return null;
        }
        return new LastError(kind, rs.getInt("last_error_status"), Columns.requiredInstant(rs, "last_error_at"));
    }

    private static @Nullable Instant micros(@Nullable Instant instant) {
        return instant == null ? null : Columns.micros(instant);
    }
}
