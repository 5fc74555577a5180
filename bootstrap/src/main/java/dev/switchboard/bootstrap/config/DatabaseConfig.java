package dev.switchboard.bootstrap.config;

import dev.switchboard.domain.auth.Secret;
import org.jspecify.annotations.Nullable;

/**
 * The database that stores auth profiles and, later, rotation state: the {@code database} section.
 *
 * @param url a JDBC URL (default {@code jdbc:h2:file:./data/switchboard}, an embedded H2 file)
 * @param user the database user, or null when the URL needs none
 * @param password the user's password, or null
 */
public record DatabaseConfig(
        String url, @Nullable String user, @Nullable Secret password) {

    static final String DEFAULT_URL = "jdbc:h2:file:./data/switchboard";

    public DatabaseConfig {
        if (url == null || !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("database.url must be a JDBC URL starting with jdbc:");
        }
    }

    public static DatabaseConfig defaults() {
        return new DatabaseConfig(DEFAULT_URL, null, null);
    }

    static DatabaseConfig read(Node database) {
        String url = database.text("url", DEFAULT_URL);
        if (!url.startsWith("jdbc:")) {
            database.report("url", "must be a JDBC URL starting with jdbc:");
            url = DEFAULT_URL;
        }
        var config = new DatabaseConfig(
                url,
                database.text("user").orElse(null),
                database.secret("password").orElse(null));
        database.rejectUnknown();
        return config;
    }
}
