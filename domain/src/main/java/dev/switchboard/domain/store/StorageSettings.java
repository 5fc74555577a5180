package dev.switchboard.domain.store;

import dev.switchboard.domain.auth.Secret;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the database is, and the key that encrypts secrets at rest.
 *
 * @param url a JDBC URL: {@code jdbc:h2:file:./data/switchboard} or {@code jdbc:postgresql://host/db}
 * @param masterKey base64 of 32 random bytes; the AES-256-GCM key for the secrets column
 */
public record StorageSettings(
        String url, @Nullable String user, @Nullable Secret password, Secret masterKey) {

    public StorageSettings {
        if (url == null || !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("database url must start with jdbc:");
        }
        Objects.requireNonNull(masterKey, "masterKey");
    }
}
