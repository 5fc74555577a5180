/**
 * Switchboard's state in a database: Jdbi stores over H2 (embedded, the default) or PostgreSQL, with the schema
 * migrated by Flyway. It exports nothing; bootstrap finds {@code JdbiStorageFactory} through
 * {@link java.util.ServiceLoader}.
 */
module dev.switchboard.adapters.persistence {
    requires dev.switchboard.domain;
    requires static org.jspecify;
    requires java.sql;
    requires org.jdbi.v3.core;
    requires flyway.core; // flyway-core 13 has no Automatic-Module-Name: its name comes from the jar's file name
    requires com.h2database;

    // Flyway finds the migration scripts with ClassLoader.getResources, which sees only unconditionally open packages.
    opens db.migration;

    provides dev.switchboard.domain.store.StorageFactory with
            dev.switchboard.adapters.persistence.jdbi.JdbiStorageFactory;
}
