package dev.switchboard.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.auth.AuditEntry;
import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.ProfileStatus.CoolingDown;
import dev.switchboard.domain.store.Storage;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** The rows a gateway at schema version 3 leaves behind, and the check that a later version still reads them. */
final class Version3Rows {

    private static final ProviderId OPENAI = ProviderId.of("openai");
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private Version3Rows() {}

    /** The profile {@code p-1} of {@code openai}, cooling down, and one audit entry; closes the connection. */
    static void insert(Connection connection) throws SQLException {
        try (connection;
                var statement = connection.createStatement()) {
            statement.execute("INSERT INTO auth_profile (id, provider, name, secret_ciphertext, created_at, weight,"
                    + " priority, origin) VALUES ('p-1', 'openai', 'primary', NULL, TIMESTAMP WITH TIME ZONE"
                    + " '2025-01-01 00:00:00+00', 3, 2, 'admin')");
            statement.execute("INSERT INTO rotation_state (profile_id, status, status_until, status_reason,"
                    + " consecutive_failures, version) VALUES ('p-1', 'cooling_down', TIMESTAMP WITH TIME ZONE"
                    + " '2025-01-01 00:05:00+00', 'rate limited', 1, 1)");
            statement.execute("INSERT INTO audit_log (at, actor, action, target, detail) VALUES (TIMESTAMP WITH TIME"
                    + " ZONE '2025-01-01 00:00:01+00', 'admin-key', 'profile.create', 'openai/primary', '')");
        }
    }

    /** Asserts that {@code storage} reads every row {@link #insert} wrote, unchanged. */
    static void assertIntact(Storage storage) {
        var id = new ProfileId("p-1");
        assertThat(storage.authProfiles().list(OPENAI))
                .containsExactly(new AuthProfile(id, OPENAI, "primary", null, 3, 2, T0, AuthProfile.Origin.ADMIN));
        var state = storage.rotationStates().states(OPENAI).get(id);
        assertThat(state.status()).isEqualTo(new CoolingDown(T0.plusSeconds(300), "rate limited"));
        assertThat(state.consecutiveFailures()).isEqualTo(1);
        assertThat(storage.auditLog().recent(10, null))
                .containsExactly(
                        new AuditEntry(T0.plusSeconds(1), "admin-key", "profile.create", "openai/primary", ""));
    }
}
