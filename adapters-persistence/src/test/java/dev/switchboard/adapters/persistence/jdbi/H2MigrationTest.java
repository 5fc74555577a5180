package dev.switchboard.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.model.ProviderId;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Versions 2 and 3 of the schema: what they do to a version-1 database, and what they refuse to hold. */
class H2MigrationTest {

    private static final ProviderId OPENAI = ProviderId.of("openai");
    private static final String STATE = "INSERT INTO rotation_state (profile_id, status, consecutive_failures, ";

    @TempDir
    Path directory;

    @Test
    void gives_the_profiles_of_a_version_1_database_weight_1_priority_0_and_the_configuration_as_origin()
            throws SQLException {
        var key = TestDatabases.masterKey();
        var settings = TestDatabases.h2File(directory, key);
        Flyway.configure(JdbiStorageFactory.class.getClassLoader())
                .locations("classpath:db/migration")
                .dataSource(settings.url(), null, null)
                .target("1")
                .load()
                .migrate();
        var ciphertext = SecretCipher.of(key).encrypt(Secret.of("sk-old"));
        try (var connection = DriverManager.getConnection(settings.url());
                var statement = connection.createStatement()) {
            statement.execute("INSERT INTO auth_profile (id, provider, name, secret_ciphertext, created_at)"
                    + " VALUES ('p-1', 'openai', 'primary', '" + ciphertext + "', TIMESTAMP WITH TIME ZONE"
                    + " '2025-01-01 00:00:00+00')");
        }

        try (var storage = new JdbiStorageFactory().open(settings)) {
            assertThat(storage.authProfiles().list(OPENAI))
                    .containsExactly(new AuthProfile(
                            new ProfileId("p-1"),
                            OPENAI,
                            "primary",
                            Secret.of("sk-old"),
                            1,
                            0,
                            Instant.parse("2025-01-01T00:00:00Z"),
                            AuthProfile.Origin.CONFIG));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "UPDATE auth_profile SET weight = 0",
                "UPDATE auth_profile SET weight = 1001",
                "UPDATE auth_profile SET priority = -1",
                "UPDATE auth_profile SET origin = 'robot'",
                "UPDATE auth_profile SET origin = NULL",
                STATE + "version) VALUES ('p-1', 'paused', 0, 1)",
                STATE + "version) VALUES ('p-1', 'cooling_down', 0, 1)",
                STATE + "version) VALUES ('p-1', 'disabled', 0, 1)",
                STATE + "status_reason, version) VALUES ('p-1', 'active', 0, 'why', 1)",
                STATE + "version) VALUES ('p-1', 'active', 0, 0)",
                STATE + "version) VALUES ('p-1', 'active', -1, 1)",
                STATE + "last_error_kind, version) VALUES ('p-1', 'active', 0, 'timeout', 1)",
                STATE + "version) VALUES ('no-such-profile', 'active', 0, 1)"
            })
    void refuses_rows_the_domain_could_not_read(String sql) {
        assertThatThrownBy(() -> executeBesideOneProfile(sql)).isInstanceOf(SQLException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                STATE + "version) VALUES ('p-1', 'active', 0, 1)",
                STATE + "status_until, status_reason, last_error_kind, last_error_status, last_error_at, version)"
                        + " VALUES ('p-1', 'cooling_down', 1, CURRENT_TIMESTAMP, 'rate limited', 'rate_limited', 429,"
                        + " CURRENT_TIMESTAMP, 1)",
                STATE + "status_reason, status_since, version)"
                        + " VALUES ('p-1', 'disabled', 1, 'unauthorized', CURRENT_TIMESTAMP, 1)",
                "UPDATE auth_profile SET weight = 1000, priority = 1000",
                "UPDATE auth_profile SET origin = 'admin'"
            })
    void accepts_the_rows_the_domain_writes(String sql) {
        assertThatNoException().isThrownBy(() -> executeBesideOneProfile(sql));
    }

    /** Runs {@code sql} on a new database that holds the profile {@code p-1}. */
    private static void executeBesideOneProfile(String sql) throws SQLException {
        var settings = TestDatabases.h2InMemory();
        try (var storage = new JdbiStorageFactory().open(settings);
                var connection = DriverManager.getConnection(settings.url());
                var statement = connection.createStatement()) {
            storage.authProfiles().save(new AuthProfile(new ProfileId("p-1"), OPENAI, "primary", null, Instant.EPOCH));
            statement.execute(sql);
        }
    }
}
