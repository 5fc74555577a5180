package dev.switchboard.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.catalog.ModelListing;
import dev.switchboard.domain.catalog.Route;
import dev.switchboard.domain.catalog.RouteTarget;
import dev.switchboard.domain.fixtures.Concurrently;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.store.Storage;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The catalogue and the routes on a real PostgreSQL server: the upgrade to version 4, and two nodes writing at once. */
class PostgresCatalogTest {

    private static final ProviderId OPENAI = ProviderId.of("openai");
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123456Z");

    private final JdbiStorageFactory factory = new JdbiStorageFactory();

    @Test
    void migrates_a_version_3_database_and_keeps_its_profiles_states_and_audit_entries() throws SQLException {
        var database = PostgresServer.newDatabase();
        TestDatabases.migrateTo(PostgresServer.url(database), "postgres", "3");
        Version3Rows.insert(PostgresServer.connect(database));

        try (var storage = factory.open(PostgresServer.settings(database, TestDatabases.masterKey()))) {
            Version3Rows.assertIntact(storage);
            assertThat(storage.modelCatalog().all()).isEmpty();
            assertThat(storage.routes().all()).isEmpty();
        }
        assertThat(TestDatabases.schemaVersions(PostgresServer.connect(database)))
                .containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void two_nodes_saving_one_new_route_and_one_new_listing_at_once_leave_one_whole_of_each()
            throws InterruptedException, ExecutionException {
        var settings = PostgresServer.settings(PostgresServer.newDatabase(), TestDatabases.masterKey());
        try (var nodeA = factory.open(settings);
                var nodeB = factory.open(settings)) {
            List<Callable<Void>> writers = IntStream.range(0, 40)
                    .<Callable<Void>>mapToObj(i -> () -> {
                        Storage node = i % 2 == 0 ? nodeA : nodeB;
                        node.routes().save(route(i));
                        node.modelCatalog().save(listing(i));
                        return null;
                    })
                    .toList();

            Concurrently.run(writers);

            var route = nodeA.routes().find("busy").orElseThrow();
            int winner = Integer.parseInt(
                    route.targets().getFirst().model().provider().value().substring(1));
            assertThat(route).isEqualTo(route(winner));
            var listing = nodeB.modelCatalog().find(OPENAI).orElseThrow();
            int listed = (int) listing.fetchedAt().getEpochSecond() - (int) T0.getEpochSecond();
            assertThat(listing).isEqualTo(listing(listed));
        }
    }

    /** Writer {@code i}'s route: three targets at provider {@code p<i>}, saved at T0 + i seconds. */
    private static Route route(int i) {
        var targets = List.of("a", "b", "c").stream()
                .map(model -> RouteTarget.of(ModelRef.of("p" + i, model)))
                .toList();
        return new Route("busy", targets, false, Route.Origin.ADMIN, T0.plusSeconds(i));
    }

    /** Writer {@code i}'s listing: {@code i + 1} models, fetched at T0 + i seconds. */
    private static ModelListing listing(int i) {
        var models = IntStream.rangeClosed(0, i)
                .mapToObj(n -> ModelDescriptor.named(ModelRef.of("openai", "writer-" + i + "-model-" + n), "openai"))
                .toList();
        return new ModelListing(OPENAI, models, T0.plusSeconds(i));
    }
}
