package dev.switchboard.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.fixtures.RotationStates;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.ProfileStatus.CoolingDown;
import dev.switchboard.domain.rotation.ProfileStatus.Disabled;
import dev.switchboard.domain.rotation.RotationState;
import dev.switchboard.domain.store.StorageSettings;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The storage on a real PostgreSQL server: migration, a restart, and two gateway nodes sharing one database.
 */
class PostgresStorageTest {

    private static final ProviderId OPENAI = ProviderId.of("openai");
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2025-01-01T00:05:00.250001Z");

    private final JdbiStorageFactory factory = new JdbiStorageFactory();

    @Test
    void migrates_a_new_database_to_schema_version_4() throws SQLException {
        var database = PostgresServer.newDatabase();

        try (var storage = factory.open(PostgresServer.settings(database, TestDatabases.masterKey()))) {
            assertThat(storage.isHealthy()).isTrue();
        }

        assertThat(TestDatabases.schemaVersions(PostgresServer.connect(database)))
                .containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void keeps_profiles_and_a_cooldown_across_a_restart_and_migrates_only_once() throws SQLException {
        var database = PostgresServer.newDatabase();
        var settings = PostgresServer.settings(database, TestDatabases.masterKey());
        var profile = new AuthProfile(ProfileId.random(), OPENAI, "primary", Secret.of("sk-pg"), 5, 1, T0);
        try (var first = factory.open(settings)) {
            first.authProfiles().save(profile);
            first.rotationStates().update(profile.id(), state -> RotationStates.coolingDown(state, T0, UNTIL));
        }

        try (var second = factory.open(settings)) {
            assertThat(second.authProfiles().find(profile.id())).contains(profile);
            var state = second.rotationStates().states(OPENAI).get(profile.id());
            assertThat(state.status()).isEqualTo(new CoolingDown(UNTIL, "rate limited"));
            assertThat(state.version()).isEqualTo(1);
        }
        assertThat(TestDatabases.schemaVersions(PostgresServer.connect(database)))
                .containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void two_nodes_on_one_database_see_each_others_cooldowns_and_disables() {
        var settings = PostgresServer.settings(PostgresServer.newDatabase(), TestDatabases.masterKey());
        try (var nodeA = factory.open(settings);
                var nodeB = factory.open(settings)) {
            var limited = nodeA.authProfiles().save(profile("limited"));
            var revoked = nodeB.authProfiles().save(profile("revoked"));

            nodeA.rotationStates().update(limited.id(), state -> RotationStates.coolingDown(state, T0, UNTIL));
            nodeB.rotationStates().update(revoked.id(), state -> RotationStates.disabled(state, T0));

            var seenByB = nodeB.rotationStates().states(OPENAI);
            assertThat(seenByB.get(limited.id()).status()).isEqualTo(new CoolingDown(UNTIL, "rate limited"));
            var seenByA = nodeA.rotationStates().states(OPENAI);
            assertThat(seenByA.get(revoked.id()).status()).isInstanceOf(Disabled.class);
            assertThat(seenByA).isEqualTo(seenByB);
        }
    }

    @Test
    void two_nodes_updating_one_profile_at_once_lose_no_update() throws InterruptedException, ExecutionException {
        var settings = PostgresServer.settings(PostgresServer.newDatabase(), TestDatabases.masterKey());
        try (var nodeA = factory.open(settings);
                var nodeB = factory.open(settings)) {
            var id = nodeA.authProfiles().save(profile("shared")).id();

            var updates = IntStream.range(0, 100)
                    .mapToObj(i -> i % 2 == 0 ? nodeA : nodeB)
                    .map(node -> (Callable<RotationState>)
                            () -> node.rotationStates().update(id, RotationStates::failedOnce))
                    .toList();
            try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                for (var future : executor.invokeAll(updates)) {
                    future.get();
                }
            }

            assertThat(nodeB.rotationStates().states(OPENAI).get(id).consecutiveFailures())
                    .isEqualTo(100);
        }
    }

    @Test
    void reports_a_missing_database_without_the_password() {
        var settings = new StorageSettings(
                PostgresServer.url("no_such_database"),
                "postgres",
                Secret.of("pg-s3cret-pw"),
                TestDatabases.masterKey());

        assertThatIllegalStateException()
                .isThrownBy(() -> factory.open(settings))
                .withMessageContaining("no_such_database")
                .withMessageNotContaining("pg-s3cret-pw");
    }

    private static AuthProfile profile(String name) {
        return new AuthProfile(ProfileId.random(), OPENAI, name, Secret.of("sk-" + name), T0);
    }
}
