/**
 * The Jdbi stores: one {@code Jdbi*Store} per port, opened together by {@code JdbiStorageFactory} after Flyway has
 * migrated the schema. Secrets are encrypted at rest by {@code SecretCipher}.
 */
@NullMarked
package dev.switchboard.adapters.persistence.jdbi;

import org.jspecify.annotations.NullMarked;
