package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.store.StorageSettings;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/** Settings for the databases the tests open. */
final class TestDatabases {

    private TestDatabases() {}

    /** A new random master key, as an operator would generate it. */
    static Secret masterKey() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Secret.of(Base64.getEncoder().encodeToString(bytes));
    }

    /** A private, empty in-memory H2 database. */
    static StorageSettings h2InMemory() {
        return new StorageSettings("jdbc:h2:mem:" + UUID.randomUUID(), null, null, masterKey());
    }

    /** An embedded H2 database in a file under {@code directory}. */
    static StorageSettings h2File(Path directory, Secret masterKey) {
        return new StorageSettings("jdbc:h2:file:" + directory.resolve("switchboard"), null, null, masterKey);
    }

    /** Migrates the database at {@code url} up to {@code version} only, as an older gateway would have left it. */
    static void migrateTo(String url, String user, String version) {
        Flyway.configure(JdbiStorageFactory.class.getClassLoader())
                .locations("classpath:db/migration")
                .dataSource(url, user, null)
                .target(version)
                .load()
                .migrate();
    }

    /** The versions Flyway applied, in order (not its schema-creation marker); closes the connection. */
    static List<String> schemaVersions(Connection connection) throws SQLException {
        try (connection;
                var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            var versions = new ArrayList<String>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions;
        }
    }
}
