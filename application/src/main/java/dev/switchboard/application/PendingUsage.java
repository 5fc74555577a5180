package dev.switchboard.application;

import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.rotation.RotationState;
import dev.switchboard.domain.rotation.RotationStateStore;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Successes not yet written: for each key, when it last served a request successfully. Recording one is a map update,
 * so the hot path never waits for the database; {@link #flush} writes them behind. Thread-safe.
 */
final class PendingUsage {

    private static final System.Logger LOG = System.getLogger(PendingUsage.class.getName());

    private final ConcurrentHashMap<ProfileId, Instant> pending = new ConcurrentHashMap<>();

    /** Notes that the key served a request successfully at {@code at}. */
    void record(ProfileId profile, Instant at) {
        pending.merge(profile, at, PendingUsage::later);
    }

    /**
     * Writes every noted success to {@code states}: last used and last success move forward, nothing else changes (a
     * failure another node wrote meanwhile stays). A key deleted meanwhile is forgotten; when the store fails, the
     * successes stay noted for the next flush.
     *
     * @return how many keys were written
     */
    int flush(RotationStateStore states) {
        int written = 0;
        for (ProfileId profile : pending.keySet()) {
            @Nullable Instant at = pending.remove(profile);
            if (at == null) continue;
            try {
                states.update(profile, state -> used(state, at));
                written++;
            } catch (IllegalArgumentException gone) {
                // the key was deleted meanwhile: nothing to write
            } catch (RuntimeException e) {
                record(profile, at);
                LOG.log(
                        Level.WARNING,
                        "writing when key {0} was last used failed ({1}); trying again later",
                        profile,
                        e.getClass().getSimpleName());
            }
        }
        return written;
    }

    /** How many keys have successes not yet written. */
    int size() {
        return pending.size();
    }

    private static RotationState used(RotationState state, Instant at) {
        return new RotationState(
                state.profile(),
                state.status(),
                state.consecutiveFailures(),
                later(state.lastUsed(), at),
                later(state.lastSuccess(), at),
                state.lastError(),
                state.version());
    }

    private static Instant later(@Nullable Instant known, Instant at) {
        return known != null && known.isAfter(at) ? known : at;
    }
}
