package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.catalog.ModelCatalogStore;
import dev.switchboard.domain.fixtures.ModelCatalogStoreContract;
import dev.switchboard.domain.store.Storage;
import org.junit.jupiter.api.AfterEach;

/** The catalogue store contract on a real PostgreSQL server, one new database per test. */
class PostgresModelCatalogStoreTest extends ModelCatalogStoreContract {

    private Storage storage;

    @Override
    protected ModelCatalogStore store() {
        storage = new JdbiStorageFactory()
                .open(PostgresServer.settings(PostgresServer.newDatabase(), TestDatabases.masterKey()));
        return storage.modelCatalog();
    }

    @AfterEach
    void close_the_storage() {
        storage.close();
    }
}
