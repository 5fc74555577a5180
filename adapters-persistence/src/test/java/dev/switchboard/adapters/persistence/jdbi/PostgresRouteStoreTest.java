package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.catalog.RouteStore;
import dev.switchboard.domain.fixtures.RouteStoreContract;
import dev.switchboard.domain.store.Storage;
import org.junit.jupiter.api.AfterEach;

/** The route store contract on a real PostgreSQL server, one new database per test. */
class PostgresRouteStoreTest extends RouteStoreContract {

    private Storage storage;

    @Override
    protected RouteStore store() {
        storage = new JdbiStorageFactory()
                .open(PostgresServer.settings(PostgresServer.newDatabase(), TestDatabases.masterKey()));
        return storage.routes();
    }

    @AfterEach
    void close_the_storage() {
        storage.close();
    }
}
