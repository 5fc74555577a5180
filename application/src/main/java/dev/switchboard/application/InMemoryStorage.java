package dev.switchboard.application;

import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.store.Storage;

/** State kept in memory: what the gateway uses when no database is configured or no persistence module is present. */
final class InMemoryStorage implements Storage {

    private final InMemoryAuthProfileStore authProfiles = new InMemoryAuthProfileStore();

    @Override
    public AuthProfileStore authProfiles() {
        return authProfiles;
    }

    @Override
    public boolean isHealthy() {
        return true;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
