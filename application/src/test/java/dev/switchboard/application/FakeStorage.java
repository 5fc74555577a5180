package dev.switchboard.application;

import dev.switchboard.domain.auth.AuditLog;
import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.catalog.ModelCatalogStore;
import dev.switchboard.domain.catalog.RouteStore;
import dev.switchboard.domain.rotation.RotationStateStore;
import dev.switchboard.domain.store.Storage;
import dev.switchboard.domain.store.StorageFactory;
import dev.switchboard.domain.store.StorageSettings;
import dev.switchboard.domain.usage.UsageLedger;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A storage that keeps profiles, rotation states and the audit log in memory, says whether it is healthy when told, and
 * counts opens and closes.
 */
final class FakeStorage implements Storage, StorageFactory {

    private final AuthProfileStore profiles;
    private final RotationStateStore states;
    private final AuditLog auditLog = new InMemoryAuditLog();
    private final ModelCatalogStore modelCatalog = new InMemoryModelCatalogStore();
    private final RouteStore routes = new InMemoryRouteStore();
    private final UsageLedger usage = new InMemoryUsageLedger();
    private final AtomicBoolean healthy = new AtomicBoolean(true);
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private volatile StorageSettings lastSettings;

    FakeStorage() {
        this(new InMemoryAuthProfileStore());
    }

    FakeStorage(AuthProfileStore profiles) {
        this(profiles, states -> states);
    }

    /** A storage whose rotation states are {@code wrap} applied to the in-memory store of {@code profiles}. */
    FakeStorage(AuthProfileStore profiles, UnaryOperator<RotationStateStore> wrap) {
        this.profiles = profiles;
        this.states = wrap.apply(new InMemoryRotationStateStore(profiles));
    }

    /** A storage whose rotation states count reads and writes. */
    static FakeStorage counting() {
        return new FakeStorage(new InMemoryAuthProfileStore(), CountingStates::new);
    }

    CountingStates counted() {
        return (CountingStates) states;
    }

    @Override
    public Storage open(StorageSettings settings) {
        lastSettings = settings;
        opened.incrementAndGet();
        return this;
    }

    @Override
    public AuthProfileStore authProfiles() {
        return profiles;
    }

    @Override
    public RotationStateStore rotationStates() {
        return states;
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
    public UsageLedger usage() {
        return usage;
    }

    @Override
    public RouteStore routes() {
        return routes;
    }

    @Override
    public boolean isHealthy() {
        return healthy.get();
    }

    @Override
    public void close() {
        closed.incrementAndGet();
    }

    void healthy(boolean state) {
        healthy.set(state);
    }

    int opened() {
        return opened.get();
    }

    int closed() {
        return closed.get();
    }

    StorageSettings lastSettings() {
        return lastSettings;
    }
}
