package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.catalog.RouteStore;
import dev.switchboard.domain.fixtures.RouteStoreContract;
import dev.switchboard.domain.store.Storage;
import org.junit.jupiter.api.AfterEach;

/** The route store contract on an in-memory H2 database, migrated by Flyway, one database per test. */
class H2RouteStoreTest extends RouteStoreContract {

    private Storage storage;

    @Override
    protected RouteStore store() {
        storage = new JdbiStorageFactory().open(TestDatabases.h2InMemory());
        return storage.routes();
    }

    @AfterEach
    void close_the_storage() {
        storage.close();
    }
}
