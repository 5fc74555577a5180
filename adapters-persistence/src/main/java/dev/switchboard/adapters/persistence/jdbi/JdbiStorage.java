package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.auth.AuditLog;
import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.catalog.ModelCatalogStore;
import dev.switchboard.domain.catalog.RouteStore;
import dev.switchboard.domain.rotation.RotationStateStore;
import dev.switchboard.domain.store.Storage;
import dev.switchboard.domain.usage.UsageLedger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The stores of one migrated database. Thread-safe; {@link #close()} is idempotent. The database's foreign keys remove
 * a profile's rotation state with the profile, and a route's targets with the route.
 */
final class JdbiStorage implements Storage {

    private static final System.Logger LOG = System.getLogger(JdbiStorage.class.getName());

    private final Database database;
    private final Jdbi jdbi;
    private final AuthProfileStore authProfiles;
    private final RotationStateStore rotationStates;
    private final AuditLog auditLog;
    private final ModelCatalogStore modelCatalog;
    private final RouteStore routes;
    private final UsageLedger usage;

    JdbiStorage(Database database, Jdbi jdbi, SecretCipher cipher) {
        this.database = database;
        this.jdbi = jdbi;
        this.authProfiles = new JdbiAuthProfileStore(jdbi, cipher);
        this.rotationStates = new JdbiRotationStateStore(jdbi);
        this.auditLog = new JdbiAuditLog(jdbi);
        this.modelCatalog = new JdbiModelCatalogStore(jdbi);
        this.routes = new JdbiRouteStore(jdbi);
        this.usage = new JdbiUsageLedger(jdbi);
    }

    @Override
    public AuthProfileStore authProfiles() {
        return authProfiles;
    }

    @Override
    public RotationStateStore rotationStates() {
        return rotationStates;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public ModelCatalogStore modelCatalog() {
        return modelCatalog;
    }

    @Override
    public RouteStore routes() {
        return routes;
    }

    @Override
    public UsageLedger usage() {
        return usage;
    }

    @Override
    public boolean isHealthy() {
        try {
            return jdbi.withHandle(handle ->
                            handle.createQuery("SELECT 1").mapTo(Integer.class).one())
                    == 1;
        } catch (JdbiException e) {
            LOG.log(
                    System.Logger.Level.DEBUG,
                    "database health check failed: {0}",
                    e.getClass().getSimpleName());
            return false;
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
