package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.fixtures.AuthProfileStoreContract;
import dev.switchboard.domain.store.Storage;
import org.junit.jupiter.api.AfterEach;

/** The store contract on an in-memory H2 database, migrated by Flyway, one database per test. */
class H2AuthProfileStoreTest extends AuthProfileStoreContract {

    private Storage storage;

    @Override
    protected AuthProfileStore store() {
        storage = new JdbiStorageFactory().open(TestDatabases.h2InMemory());
        return storage.authProfiles();
    }

    @AfterEach
    void close_the_storage() {
        storage.close();
    }
}
