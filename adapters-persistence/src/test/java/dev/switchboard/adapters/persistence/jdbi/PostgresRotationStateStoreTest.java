package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.fixtures.RotationStateStoreContract;
import dev.switchboard.domain.store.Storage;

/** The rotation state contract on a real PostgreSQL server, one new database per test. */
class PostgresRotationStateStoreTest extends RotationStateStoreContract {

    @Override
    protected Storage storage() {
        return new JdbiStorageFactory()
                .open(PostgresServer.settings(PostgresServer.newDatabase(), TestDatabases.masterKey()));
    }
}
