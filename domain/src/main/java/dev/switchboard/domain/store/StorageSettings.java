package dev.switchboard.domain.store;

import dev.switchboard.domain.auth.Secret;
import org.jspecify.annotations.Nullable;

/**
 * Where the database is.
 *
 * @param url a JDBC URL: {@code jdbc:h2:file:./data/switchboard} or {@code jdbc:postgresql://host/db}
 */
public record StorageSettings(String url, @Nullable String user, @Nullable Secret password) {

    public StorageSettings {
        if (url == null || !url.startsWith("jdbc:")) throw new IllegalArgumentException("database url must start with jdbc:");
    }

    public static StorageSettings of(String url) {
        return new StorageSettings(url, null, null);
    }
}
