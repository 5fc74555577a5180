package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.auth.AuditLog;
import dev.switchboard.domain.fixtures.AuditLogContract;
import dev.switchboard.domain.store.Storage;
import org.junit.jupiter.api.AfterEach;

/** The audit log contract on an in-memory H2 database. */
class H2AuditLogTest extends AuditLogContract {

    private Storage storage;

    @Override
    protected AuditLog log() {
        storage = new JdbiStorageFactory().open(TestDatabases.h2InMemory());
        return storage.auditLog();
    }

    @AfterEach
    void close_the_storage() {
        storage.close();
    }
}
