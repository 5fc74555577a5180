package dev.switchboard.application;

import dev.switchboard.domain.auth.AuditLog;
import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.catalog.ModelCatalogStore;
import dev.switchboard.domain.catalog.RouteStore;
import dev.switchboard.domain.rotation.RotationStateStore;
import dev.switchboard.domain.store.Storage;
import dev.switchboard.domain.usage.UsageLedger;

/**
 * State kept in memory: what the gateway uses when no database is configured or no persistence module is present.
 * Deleting a profile removes its rotation state, as the database's foreign key does.
 */
final class InMemoryStorage implements Storage {

    private final InMemoryAuthProfileStore authProfiles;
    private final InMemoryRotationStateStore rotationStates;
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final InMemoryModelCatalogStore modelCatalog = new InMemoryModelCatalogStore();
    private final InMemoryRouteStore routes = new InMemoryRouteStore();
    private final InMemoryUsageLedger usage = new InMemoryUsageLedger();

    InMemoryStorage() {
        this.authProfiles = new InMemoryAuthProfileStore(this::forget);
        this.rotationStates = new InMemoryRotationStateStore(authProfiles);
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
        return true;
    }

    @Override
    public void close() {
        // nothing to release
    }

    private void forget(ProfileId deleted) {
        rotationStates.remove(deleted);
    }
}
