package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.catalog.ModelCatalogStore;
import dev.switchboard.domain.fixtures.ModelCatalogStoreContract;
import dev.switchboard.domain.store.Storage;
import org.junit.jupiter.api.AfterEach;

/** The catalogue store contract on an in-memory H2 database, migrated by Flyway, one database per test. */
class H2ModelCatalogStoreTest extends ModelCatalogStoreContract {

    private Storage storage;

    @Override
    protected ModelCatalogStore store() {
        storage = new JdbiStorageFactory().open(TestDatabases.h2InMemory());
        return storage.modelCatalog();
    }

    @AfterEach
    void close_the_storage() {
        storage.close();
    }
}
