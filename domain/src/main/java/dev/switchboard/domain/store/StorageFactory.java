package dev.switchboard.domain.store;

/**
 * Opens a {@link Storage}; found through {@link java.util.ServiceLoader} so that the application never names the
 * persistence adapter. Without one on the module path the gateway keeps its state in memory.
 */
public interface StorageFactory {

    /**
     * Connects to the database, migrating its schema to the current version first.
     *
     * @throws IllegalStateException when the database cannot be reached or migrated; the message says why and never
     *     holds the password
     */
    Storage open(StorageSettings settings);
}
