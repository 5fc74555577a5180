package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.store.StorageSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;

/**
 * Where one storage gets its connections from, for Flyway and for Jdbi, and how it lets them go. Thread-safe.
 *
 * <p>H2 goes through H2's own small pool: besides saving the cost of opening, an open connection is what keeps an
 * embedded database (and an in-memory one's data) alive. Any other URL, PostgreSQL included, opens a plain
 * {@link DriverManager} connection per unit of work; {@link BoundedConnections} caps how many are open at once. A
 * real pool can replace {@link Direct} when the load calls for it.
 */
sealed interface Database extends AutoCloseable {

    static Database of(StorageSettings settings) {
        return settings.url().startsWith("jdbc:h2:")
                ? new Embedded(settings.url(), settings.user(), settings.password())
                : new Direct(settings.url(), settings.user(), settings.password());
    }

    /** Points Flyway at this database. */
    FluentConfiguration configure(FluentConfiguration flyway);

    Connection connect() throws SQLException;

    /** Releases the connections; idempotent. Afterwards {@link #connect()} fails. */
    @Override
    void close();

    /** H2, embedded or in memory, through {@link JdbcConnectionPool}. */
    final class Embedded implements Database {
        private final JdbcConnectionPool pool;
        private final AtomicBoolean closed = new AtomicBoolean();

        Embedded(String url, @Nullable String user, @Nullable Secret password) {
            this.pool = JdbcConnectionPool.create(
                    closedByUs(url), Objects.requireNonNullElse(user, ""), password == null ? "" : password.reveal());
        }

        /**
         * The URL with {@code DB_CLOSE_ON_EXIT=FALSE} unless it says otherwise: by default H2 closes the database in
         * its own shutdown hook, which may run before the gateway's and so lose what the gateway writes on the way
         * out (the last second of usage records, when each key was last used).
         */
        static String closedByUs(String url) {
            return url.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_ON_EXIT")
                    ? url
                    : url + ";DB_CLOSE_ON_EXIT=FALSE";
        }

        @Override
        public FluentConfiguration configure(FluentConfiguration flyway) {
            return flyway.dataSource(pool);
        }

        @Override
        public Connection connect() throws SQLException {
            if (closed.get()) {
                throw new SQLException("the storage is closed");
            }
            return pool.getConnection();
        }

        @Override
        public void close() {
            closed.set(true);
            pool.dispose();
        }
    }

    /** Any other JDBC URL, through the driver that {@link DriverManager} finds for it. */
    final class Direct implements Database {
        private final String url;
        private final @Nullable String user;
        private final @Nullable Secret password;
        private final AtomicBoolean closed = new AtomicBoolean();

        Direct(String url, @Nullable String user, @Nullable Secret password) {
            this.url = url;
            this.user = user;
            this.password = password;
        }

        @Override
        public FluentConfiguration configure(FluentConfiguration flyway) {
            return flyway.dataSource(url, user, password == null ? null : password.reveal());
        }

        @Override
        public Connection connect() throws SQLException {
            if (closed.get()) {
                throw new SQLException("the storage is closed");
            }
            var properties = new Properties();
            if (user != null) {
                properties.setProperty("user", user);
            }
            if (password != null) {
                properties.setProperty("password", password.reveal());
            }
            return DriverManager.getConnection(url, properties);
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }
}
