package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.store.Storage;
import dev.switchboard.domain.store.StorageFactory;
import dev.switchboard.domain.store.StorageSettings;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/**
 * Opens the Jdbi storage on any JDBC URL whose driver is present: H2 ({@code jdbc:h2:file:./data/switchboard}, the
 * gateway's default, or {@code jdbc:h2:mem:}) and PostgreSQL ({@code jdbc:postgresql://host/db}) ship with this
 * module. Flyway migrates the schema from {@code db/migration} before the storage is handed out.
 *
 * <p>Found through {@link java.util.ServiceLoader}; bootstrap never names this class. Thread-safe and stateless.
 */
public final class JdbiStorageFactory implements StorageFactory {

    private static final System.Logger LOG = System.getLogger(JdbiStorageFactory.class.getName());
    // Enough for a gateway whose database work is a few short statements per request; H2's pool holds 10.
    private static final int MAX_CONNECTIONS = 8;

    /** For {@link java.util.ServiceLoader}. */
    public JdbiStorageFactory() {}

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the master key is not the base64 of 32 bytes (checked before connecting)
     */
    @Override
    public Storage open(StorageSettings settings) {
        var cipher = SecretCipher.of(settings.masterKey());
        var database = Database.of(settings);
        try {
            migrate(database, settings);
        } catch (FlywayException e) {
            database.close();
            throw OpenFailure.of("cannot open or migrate the database at", settings, e);
        }
        var jdbi = Jdbi.create(new BoundedConnections(database, MAX_CONNECTIONS));
        return new JdbiStorage(database, jdbi, cipher);
    }

    private static void migrate(Database database, StorageSettings settings) {
        var flyway = database.configure(Flyway.configure(JdbiStorageFactory.class.getClassLoader())
                        .locations("classpath:db/migration"))
                .load();
        var result = flyway.migrate();
        var current = flyway.info().current();
        LOG.log(
                System.Logger.Level.INFO,
                "Database {0} at schema version {1} ({2} migrations applied)",
                OpenFailure.redact(settings.url(), settings),
                current == null ? "none" : current.getVersion(),
                result.migrationsExecuted);
    }
}
