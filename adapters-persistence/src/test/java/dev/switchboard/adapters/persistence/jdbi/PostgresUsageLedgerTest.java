package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.fixtures.UsageLedgerContract;
import dev.switchboard.domain.store.Storage;
import dev.switchboard.domain.usage.UsageLedger;
import org.junit.jupiter.api.AfterEach;

/** The usage ledger contract on a real PostgreSQL server, one new database per test. */
class PostgresUsageLedgerTest extends UsageLedgerContract {

    private Storage storage;

    @Override
    protected UsageLedger ledger() {
        storage = new JdbiStorageFactory()
                .open(PostgresServer.settings(PostgresServer.newDatabase(), TestDatabases.masterKey()));
        return storage.usage();
    }

    @AfterEach
    void close_the_storage() {
        storage.close();
    }
}
