package dev.switchboard.domain.rotation;

import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where the live {@link RotationState} of every auth profile lives, shared by every thread of a gateway and, when the
 * store is a database, by every gateway node that uses it.
 *
 * <p>Implementations are safe for concurrent use by many threads. {@link #update} is an atomic read-modify-write: no
 * update is lost and none is applied to a state it did not see, however many threads or nodes update one profile at
 * once. A state belongs to its profile: deleting the profile from the {@link AuthProfileStore} of the same storage
 * removes it too. Failures of the storage itself are unchecked exceptions of the implementation.
 */
public interface RotationStateStore {

    /**
     * The state of every profile the provider has now, keyed by profile; a profile whose state was never written is
     * {@link RotationState#fresh fresh}. Empty for a provider without profiles. Each state is one that was stored,
     * never a mix of two updates; states of different profiles may be read at slightly different moments.
     */
    Map<ProfileId, RotationState> states(ProviderId provider);

    /**
     * Atomically replaces the profile's state with {@code change} applied to it (to the fresh state when none was
     * stored), with compare-and-set semantics: the result is written only if the state is still the one
     * {@code change} saw; otherwise the store reads the state again and applies {@code change} again. So
     * {@code change} must be pure and may run more than once (and, in memory, while a lock is held): it must not block
     * or touch this store.
     *
     * <p>The store owns the version: it writes the result with the version it read plus one, whatever version
     * {@code change} returned. When {@code change} returns the state it was given (equal to it), nothing is written.
     * Instants may be stored at a coarser precision, but never coarser than microseconds.
     *
     * @return the state as stored, equal to what {@link #states} reads next if no one writes in between
     * @throws IllegalArgumentException when no profile has the id, or when {@code change} returns the state of
     *     another profile
     * @throws IllegalStateException when the store still finds the state changed under it after a bounded number of
     *     attempts, so that a hopelessly contended update fails instead of spinning forever
     */
    RotationState update(ProfileId profile, UnaryOperator<RotationState> change);

    /** Forgets the profile's state, so that it reads fresh again; nothing happens when none was stored. */
    void remove(ProfileId profile);
}
