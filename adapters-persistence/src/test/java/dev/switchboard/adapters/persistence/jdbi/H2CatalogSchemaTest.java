package dev.switchboard.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.catalog.ModelListing;
import dev.switchboard.domain.catalog.Route;
import dev.switchboard.domain.catalog.RouteTarget;
import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Version 4 of the schema on H2: what it does to a version-3 database, what it refuses, and how the stores use it. */
class H2CatalogSchemaTest {

    private static final ProviderId OPENAI = ProviderId.of("openai");
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123456Z");
    private static final String MODEL = "INSERT INTO catalog_model (provider, position, model, created, owned_by,"
            + " capabilities, context_window, max_output_tokens, dimensions) VALUES ";
    private static final String TARGET =
            "INSERT INTO model_route_target (route_name, position, provider, model, weight)" + " VALUES ";

    private final JdbiStorageFactory factory = new JdbiStorageFactory();

    @TempDir
    Path directory;

    @Test
    void migrates_a_version_3_database_and_keeps_its_profiles_states_and_audit_entries() throws SQLException {
        var settings = TestDatabases.h2File(directory, TestDatabases.masterKey());
        TestDatabases.migrateTo(settings.url(), "", "3");
        Version3Rows.insert(DriverManager.getConnection(settings.url()));

        try (var storage = factory.open(settings)) {
            Version3Rows.assertIntact(storage);
            assertThat(storage.modelCatalog().all()).isEmpty();
            assertThat(storage.routes().all()).isEmpty();
            var route = new Route(
                    "fast",
                    List.of(RouteTarget.of(ModelRef.of("openai", "gpt-4o-mini"))),
                    false,
                    Route.Origin.CONFIG,
                    T0);
            storage.routes().save(route);
            assertThat(storage.routes().find("fast")).contains(route);
        }
        assertThat(TestDatabases.schemaVersions(DriverManager.getConnection(settings.url())))
                .containsExactly("1", "2", "3", "4", "5");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                MODEL + "('openai', -1, 'm', 0, 'o', '', NULL, NULL, NULL)",
                MODEL + "('openai', 1, 'm', -1, 'o', '', NULL, NULL, NULL)",
                MODEL + "('openai', 1, 'm', 0, 'o', '', 0, NULL, NULL)",
                MODEL + "('openai', 1, 'm', 0, 'o', '', NULL, 0, NULL)",
                MODEL + "('openai', 1, 'm', 0, 'o', '', NULL, NULL, 0)",
                MODEL + "('openai', 1, 'm', 0, 'o', NULL, NULL, NULL, NULL)",
                MODEL + "('openai', 0, 'twice', 0, 'o', '', NULL, NULL, NULL)",
                MODEL + "('nobody', 0, 'm', 0, 'o', '', NULL, NULL, NULL)",
                "INSERT INTO model_route (name, balanced, origin, updated_at) VALUES ('x', TRUE, 'robot', CURRENT_TIMESTAMP)",
                "UPDATE model_route SET updated_at = NULL",
                TARGET + "('fast', 1, 'openai', 'm', 0)",
                TARGET + "('fast', 1, 'openai', 'm', 1001)",
                TARGET + "('fast', 16, 'openai', 'm', 1)",
                TARGET + "('fast', 0, 'openai', 'twice', 1)",
                TARGET + "('nothing', 0, 'openai', 'm', 1)"
            })
    void refuses_rows_the_domain_could_not_read(String sql) {
        assertThatThrownBy(() -> executeBesideOneListingAndOneRoute(sql)).isInstanceOf(SQLException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                MODEL + "('openai', 1, 'a model/with:all of it', 0, 'o', 'CHAT,VISION', 1, 1, 1)",
                TARGET + "('fast', 15, 'openai', 'm', 1000)",
                "UPDATE model_route SET origin = 'admin', balanced = TRUE"
            })
    void accepts_the_rows_the_domain_writes(String sql) {
        assertThatNoException().isThrownBy(() -> executeBesideOneListingAndOneRoute(sql));
    }

    @Test
    void reads_a_capability_it_does_not_know_as_unknown() throws SQLException {
        var settings = TestDatabases.h2InMemory();
        try (var storage = factory.open(settings);
                var connection = DriverManager.getConnection(settings.url());
                var statement = connection.createStatement()) {
            storage.modelCatalog().save(new ModelListing(OPENAI, List.of(), T0));
            statement.execute(MODEL + "('openai', 0, 'gpt-9', 0, 'o', 'CHAT,TELEPATHY,VISION', NULL, NULL, NULL)");

            assertThat(storage.modelCatalog()
                            .find(OPENAI)
                            .orElseThrow()
                            .models()
                            .getFirst()
                            .capabilities())
                    .containsExactlyInAnyOrder(Capability.CHAT, Capability.VISION);
        }
    }

    @Test
    void deletes_the_targets_of_a_deleted_route() throws SQLException {
        var settings = TestDatabases.h2InMemory();
        try (var storage = factory.open(settings);
                var connection = DriverManager.getConnection(settings.url());
                var statement = connection.createStatement()) {
            storage.routes().save(route("fast"));

            storage.routes().delete("fast");

            var rows = statement.executeQuery("SELECT COUNT(*) FROM model_route_target");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    @Test
    void saves_a_listing_of_400_models_in_four_statements_one_of_them_a_batch() {
        var settings = TestDatabases.h2InMemory();
        try (var storage = factory.open(settings)) {
            var executed = new ArrayList<String>();
            var jdbi = Jdbi.create(settings.url());
            jdbi.getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
                @Override
                public void logAfterExecution(StatementContext context) {
                    executed.add(context.getRawSql());
                }
            });
            var models = IntStream.range(0, 400)
                    .mapToObj(i -> new ModelDescriptor(
                            ModelRef.of("openai", "model-" + i), i, "openai", Set.of(Capability.CHAT), 8_192, null))
                    .toList();
            var listing = new ModelListing(OPENAI, models, T0);

            new JdbiModelCatalogStore(jdbi).save(listing);

            assertThat(executed).hasSize(4).last().asString().startsWith("INSERT INTO catalog_model");
            assertThat(storage.modelCatalog().find(OPENAI)).contains(listing);
        }
    }

    /** Runs {@code sql} on a new database that holds a listing of {@code openai} and the route {@code fast}. */
    private void executeBesideOneListingAndOneRoute(String sql) throws SQLException {
        var settings = TestDatabases.h2InMemory();
        try (var storage = factory.open(settings);
                var connection = DriverManager.getConnection(settings.url());
                var statement = connection.createStatement()) {
            storage.modelCatalog()
                    .save(new ModelListing(
                            OPENAI, List.of(ModelDescriptor.named(ModelRef.of("openai", "twice"), "o")), T0));
            storage.routes().save(route("fast"));
            statement.execute(sql);
        }
    }

    private static Route route(String name) {
        return new Route(
                name,
                List.of(RouteTarget.of(ModelRef.of("openai", "twice")), new RouteTarget(ModelRef.of("azure", "m"), 2)),
                false,
                Route.Origin.CONFIG,
                T0);
    }
}
