package dev.switchboard.adapters.persistence.jdbi;

import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Runs a write that replaces a parent row and its children in one transaction, again when a concurrent writer of the
 * same key made it fail. The write updates the parent row first, which locks it and so queues later writers of the
 * key behind this one; only while the parent row does not exist yet can two writers race, both insert it, and the
 * loser meet the primary key. Retried, the loser finds the row and updates it: one retry each is the usual worst case.
 */
final class RacingWrites {

    private static final System.Logger LOG = System.getLogger(RacingWrites.class.getName());

    /** Far more than needed: after the first lost insert, writers of one key wait on its row lock instead. */
    static final int ATTEMPTS = 5;

    private RacingWrites() {}

    /**
     * Runs {@code write} in a transaction, up to {@link #ATTEMPTS} times while it fails on a conflict.
     *
     * @throws JdbiException the failure of the last attempt, or the first failure that is no conflict
     */
    static void inTransaction(Jdbi jdbi, HandleConsumer<RuntimeException> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                jdbi.useTransaction(write);
                return;
            } catch (JdbiException e) {
                if (attempt == ATTEMPTS || !Columns.isConflict(e)) {
                    throw e;
                }
                LOG.log(
                        System.Logger.Level.DEBUG,
                        "a concurrent writer of the same key won; writing again (attempt {0})",
                        attempt + 1);
            }
        }
    }
}
