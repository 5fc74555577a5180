package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.auth.AuditLog;
import dev.switchboard.domain.fixtures.AuditLogContract;
import dev.switchboard.domain.store.Storage;
import org.junit.jupiter.api.AfterEach;

/** The audit log contract on a real PostgreSQL server, one new database per test. */
class PostgresAuditLogTest extends AuditLogContract {

    private Storage storage;

    @Override
    protected AuditLog log() {
        storage = new JdbiStorageFactory()
                .open(PostgresServer.settings(PostgresServer.newDatabase(), TestDatabases.masterKey()));
        return storage.auditLog();
    }

    @AfterEach
    void close_the_storage() {
        storage.close();
    }
}
