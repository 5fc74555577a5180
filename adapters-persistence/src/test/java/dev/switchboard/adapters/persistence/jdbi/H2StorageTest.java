package dev.switchboard.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.catalog.ModelListing;
import dev.switchboard.domain.catalog.Route;
import dev.switchboard.domain.catalog.RouteTarget;
import dev.switchboard.domain.fixtures.RotationStates;
import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.LastError;
import dev.switchboard.domain.rotation.ProfileStatus.CoolingDown;
import dev.switchboard.domain.store.StorageSettings;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage on an embedded H2 file: migration, restart, secrets at rest, health and failures to open. */
class H2StorageTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final AuthProfile PROFILE = new AuthProfile(
            ProfileId.random(), ProviderId.of("openai"), "primary", Secret.of("sk-plaintext-4242"), 3, 2, T0);

    private final JdbiStorageFactory factory = new JdbiStorageFactory();

    @TempDir
    Path directory;

    @Test
    void migrates_a_new_database_to_schema_version_4() throws SQLException {
        var settings = TestDatabases.h2File(directory, TestDatabases.masterKey());

        factory.open(settings).close();

        assertThat(TestDatabases.schemaVersions(DriverManager.getConnection(settings.url())))
                .containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void keeps_profiles_and_a_cooldown_across_a_restart_and_migrates_only_once() throws SQLException {
        var settings = TestDatabases.h2File(directory, TestDatabases.masterKey());
        var until = Instant.parse("2025-01-01T00:05:00.250001Z");
        try (var storage = factory.open(settings)) {
            storage.authProfiles().save(PROFILE);
            storage.rotationStates().update(PROFILE.id(), state -> RotationStates.coolingDown(state, T0, until));
        }

        try (var storage = factory.open(settings)) {
            assertThat(storage.authProfiles().find(PROFILE.id())).contains(PROFILE);
            var state = storage.rotationStates().states(PROFILE.provider()).get(PROFILE.id());
            assertThat(state.status()).isEqualTo(new CoolingDown(until, "rate limited"));
            assertThat(state.lastError()).isEqualTo(new LastError("rate_limited", 429, T0));
            assertThat(state.version()).isEqualTo(1);
        }
        assertThat(TestDatabases.schemaVersions(DriverManager.getConnection(settings.url())))
                .containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void keeps_the_catalogue_and_the_routes_across_a_restart() {
        var settings = TestDatabases.h2File(directory, TestDatabases.masterKey());
        var gpt = ModelRef.of("openai", "gpt-4o");
        var listing = new ModelListing(
                gpt.provider(),
                List.of(new ModelDescriptor(gpt, 1, "openai", Set.of(Capability.CHAT), 128_000, null)),
                T0);
        var route = new Route("smart", List.of(RouteTarget.of(gpt)), false, Route.Origin.ADMIN, T0);
        try (var storage = factory.open(settings)) {
            storage.modelCatalog().save(listing);
            storage.routes().save(route);
        }

        try (var storage = factory.open(settings)) {
            assertThat(storage.modelCatalog().all()).containsExactly(listing);
            assertThat(storage.routes().all()).containsExactly(route);
        }
    }

    @Test
    void stores_the_secret_encrypted() throws SQLException {
        var settings = TestDatabases.h2InMemory();
        try (var storage = factory.open(settings);
                var connection = DriverManager.getConnection(settings.url());
                var statement = connection.createStatement()) {
            storage.authProfiles().save(PROFILE);

            var rows = statement.executeQuery("SELECT secret_ciphertext FROM auth_profile");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).startsWith("v1:").doesNotContain("sk-plaintext-4242");
        }
    }

    @Test
    void cannot_read_secrets_with_another_master_key() {
        try (var storage = factory.open(TestDatabases.h2File(directory, TestDatabases.masterKey()))) {
            storage.authProfiles().save(PROFILE);
        }

        try (var storage = factory.open(TestDatabases.h2File(directory, TestDatabases.masterKey()))) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> storage.authProfiles().find(PROFILE.id()))
                    .withMessageContaining("master key");
        }
    }

    @Test
    void is_healthy_until_closed_and_closes_twice_quietly() {
        var storage = factory.open(TestDatabases.h2InMemory());
        assertThat(storage.isHealthy()).isTrue();

        storage.close();
        storage.close();

        assertThat(storage.isHealthy()).isFalse();
        assertThatThrownBy(() -> storage.authProfiles().list(ProviderId.of("openai")))
                .isInstanceOf(JdbiException.class);
    }

    @Test
    void rejects_a_master_key_of_the_wrong_size_without_showing_it() {
        var settings = new StorageSettings("jdbc:h2:mem:unused", null, null, Secret.of("c2hvcnQta2V5LXZhbHVl"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> factory.open(settings))
                .withMessageContaining("master key")
                .withMessageNotContaining("c2hvcnQta2V5LXZhbHVl");
    }

    @Test
    void reports_a_wrong_password_without_showing_it() {
        var url = "jdbc:h2:file:" + directory.resolve("guarded");
        var key = TestDatabases.masterKey();
        factory.open(new StorageSettings(url, "sa", Secret.of("right-pw-1"), key))
                .close();

        assertThatIllegalStateException()
                .isThrownBy(() -> factory.open(new StorageSettings(url, "sa", Secret.of("wrong-pw-2"), key)))
                .withMessageContaining(url)
                .withMessageNotContaining("wrong-pw-2");
    }

    @Test
    void reports_a_url_no_driver_handles_without_its_password_parameter() {
        var settings = new StorageSettings(
                "jdbc:nosuchdb://db.example/app?user=u&password=hunter2", null, null, TestDatabases.masterKey());

        assertThatIllegalStateException()
                .isThrownBy(() -> factory.open(settings))
                .withMessageContaining("jdbc:nosuchdb://db.example/app?user=u&password=***")
                .withMessageNotContaining("hunter2");
    }
}
