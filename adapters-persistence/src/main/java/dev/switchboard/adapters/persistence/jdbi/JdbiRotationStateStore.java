package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.RotationState;
import dev.switchboard.domain.rotation.RotationStateStore;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * {@link RotationStateStore} on the {@code rotation_state} table, with optimistic concurrency: an update reads the
 * row, applies the change, and writes only if the row still has the version it read ({@code UPDATE ... WHERE
 * version = ?}, or an {@code INSERT} that the primary key refuses when another writer inserted first). A writer that
 * loses re-reads and re-applies after a short random pause, so that racing writers, on this node or another, spread
 * out. Each attempt is two auto-committed statements on one connection and holds no lock in between.
 */
final class JdbiRotationStateStore implements RotationStateStore {

    /**
     * Far more than needed: a hundred writers racing on one row through eight connections finish within a dozen
     * attempts each; giving up takes about half a second of pauses.
     */
    static final int ATTEMPTS = 100;

    private static final long MAX_PAUSE_MICROS = 10_000;

    private final Jdbi jdbi;
    private final int attempts;

    JdbiRotationStateStore(Jdbi jdbi) {
        this(jdbi, ATTEMPTS);
    }

    JdbiRotationStateStore(Jdbi jdbi, int attempts) {
        this.jdbi = jdbi;
        this.attempts = attempts;
    }

    /** The provider's profiles oldest first, in one query. */
    @Override
    public Map<ProfileId, RotationState> states(ProviderId provider) {
        var rows = jdbi.withHandle(handle -> handle.createQuery(
                        RotationRows.SELECT + " WHERE p.provider = :provider ORDER BY p.created_at, p.id")
                .bind("provider", provider.value())
                .map((rs, ctx) -> RotationRows.read(rs).state())
                .list());
        var states = new LinkedHashMap<ProfileId, RotationState>();
        rows.forEach(state -> states.put(state.profile(), state));
        return Collections.unmodifiableMap(states);
    }

    @Override
    public RotationState update(ProfileId profile, UnaryOperator<RotationState> change) {
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                Optional<RotationState> written = jdbi.withHandle(handle -> attempt(handle, profile, change));
                if (written.isPresent()) {
                    return written.get();
                }
            } catch (JdbiException e) {
                if (!Columns.isConflict(e)) {
                    throw e;
                }
            }
            if (attempt < attempts) {
                pause(attempt);
            }
        }
        throw new IllegalStateException("the rotation state of profile " + profile + " kept changing under " + attempts
                + " attempts to update it");
    }

    @Override
    public void remove(ProfileId profile) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM rotation_state WHERE profile_id = :id")
                .bind("id", profile.value())
                .execute());
    }

    /** The state written, or empty when another writer changed the row since it was read. */
    private static Optional<RotationState> attempt(
            Handle handle, ProfileId profile, UnaryOperator<RotationState> change) {
        var read = handle.createQuery(RotationRows.SELECT + " WHERE p.id = :id")
                .bind("id", profile.value())
                .map((rs, ctx) -> RotationRows.read(rs))
                .findOne()
                .orElseThrow(() -> new IllegalArgumentException("no auth profile has the id " + profile));
        var current = read.state();
        var next = change.apply(current);
        if (!next.profile().equals(profile)) {
            throw new IllegalArgumentException("the change must return a state of profile " + profile);
        }
        if (next.equals(current)) {
            return Optional.of(current);
        }
        var written = RotationRows.storable(next, current.version() + 1);
        if (!read.stored()) {
            RotationRows.bind(handle.createUpdate(RotationRows.INSERT), written).execute();
            return Optional.of(written);
        }
        int updated = RotationRows.bind(handle.createUpdate(RotationRows.UPDATE), written)
                .bind("expected", current.version())
                .execute();
        return updated == 1 ? Optional.of(written) : Optional.empty();
    }

    /** A random pause that grows with the attempts, up to {@link #MAX_PAUSE_MICROS}; cheap on a virtual thread. */
    private static void pause(int attempt) {
        long bound = Math.min(MAX_PAUSE_MICROS, 100L * attempt);
        try {
            Thread.sleep(Duration.ofNanos(1_000 * ThreadLocalRandom.current().nextLong(bound + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while updating a rotation state", e);
        }
    }
}
