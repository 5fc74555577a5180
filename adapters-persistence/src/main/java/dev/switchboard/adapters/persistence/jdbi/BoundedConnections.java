package dev.switchboard.adapters.persistence.jdbi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * Jdbi's connections, at most {@code limit} open at once. Every request runs on its own virtual thread, so without a
 * cap a burst would open as many database connections as there are requests; a waiting virtual thread costs nothing.
 */
final class BoundedConnections implements ConnectionFactory {

    private final Database database;
    private final Semaphore permits;

    BoundedConnections(Database database, int limit) {
        this.database = database;
        this.permits = new Semaphore(limit, true);
    }

    @Override
    public Connection openConnection() throws SQLException {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
        try {
            return database.connect();
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        try {
            connection.close();
        } finally {
            permits.release();
        }
    }
}
