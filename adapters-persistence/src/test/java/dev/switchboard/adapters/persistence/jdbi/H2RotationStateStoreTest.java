package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.fixtures.RotationStateStoreContract;
import dev.switchboard.domain.store.Storage;

/** The rotation state contract on an in-memory H2 database, one per test. */
class H2RotationStateStoreTest extends RotationStateStoreContract {

    @Override
    protected Storage storage() {
        return new JdbiStorageFactory().open(TestDatabases.h2InMemory());
    }
}
