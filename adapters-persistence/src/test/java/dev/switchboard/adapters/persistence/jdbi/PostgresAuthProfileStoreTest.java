package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.fixtures.AuthProfileStoreContract;
import dev.switchboard.domain.store.Storage;
import org.junit.jupiter.api.AfterEach;

/** The store contract on a real PostgreSQL server, one new database per test. */
class PostgresAuthProfileStoreTest extends AuthProfileStoreContract {

    private Storage storage;

    @Override
    protected AuthProfileStore store() {
        storage = new JdbiStorageFactory()
                .open(PostgresServer.settings(PostgresServer.newDatabase(), TestDatabases.masterKey()));
        return storage.authProfiles();
    }

    @AfterEach
    void close_the_storage() {
        storage.close();
    }
}
