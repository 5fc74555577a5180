package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.fixtures.UsageLedgerContract;
import dev.switchboard.domain.store.Storage;
import dev.switchboard.domain.usage.UsageLedger;
import org.junit.jupiter.api.AfterEach;

/** The usage ledger contract on an in-memory H2 database, migrated by Flyway, one database per test. */
class H2UsageLedgerTest extends UsageLedgerContract {

    private Storage storage;

    @Override
    protected UsageLedger ledger() {
        storage = new JdbiStorageFactory().open(TestDatabases.h2InMemory());
        return storage.usage();
    }

    @AfterEach
    void close_the_storage() {
        storage.close();
    }
}
