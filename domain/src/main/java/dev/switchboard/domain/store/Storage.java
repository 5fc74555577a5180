package dev.switchboard.domain.store;

import dev.switchboard.domain.auth.AuditLog;
import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.catalog.ModelCatalogStore;
import dev.switchboard.domain.catalog.RouteStore;
import dev.switchboard.domain.rotation.RotationStateStore;
import dev.switchboard.domain.usage.UsageLedger;

/**
 * An open connection to the gateway's state: one object per process, holding every store. Thread-safe. Closing it
 * releases the database; the stores must not be used afterwards. The stores of one storage see each other: deleting a
 * profile from {@link #authProfiles()} removes its state from {@link #rotationStates()}.
 */
public interface Storage extends AutoCloseable {

    AuthProfileStore authProfiles();

    /** The live rotation state of the profiles in {@link #authProfiles()}. */
    RotationStateStore rotationStates();

    /** The record of admin changes. */
    AuditLog auditLog();

    /** Each provider's last good model list. */
    ModelCatalogStore modelCatalog();

    /** The aliases and fallback chains. */
    RouteStore routes();

    /** Every request's usage, appended in batches. */
    UsageLedger usage();

    /** True when the database answers; used by the readiness check. */
    boolean isHealthy();

    @Override
    void close();
}
