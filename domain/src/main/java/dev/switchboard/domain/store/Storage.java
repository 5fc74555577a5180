package dev.switchboard.domain.store;

import dev.switchboard.domain.auth.AuthProfileStore;

/**
 * An open connection to the gateway's state: one object per process, holding every store. Thread-safe. Closing it
 * releases the database; the stores must not be used afterwards.
 */
public interface Storage extends AutoCloseable {

    AuthProfileStore authProfiles();

    /** True when the database answers; used by the readiness check. */
    boolean isHealthy();

    @Override
    void close();
}
