package dev.switchboard.application;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.RotationState;
import dev.switchboard.domain.rotation.RotationStateStore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Rotation states in a concurrent map. {@link #update} runs inside {@link ConcurrentHashMap#compute}, which holds the
 * profile's entry while the change runs, so updates of one profile take turns and never conflict: the change runs
 * exactly once. States are kept at full precision.
 */
final class InMemoryRotationStateStore implements RotationStateStore {

    private final AuthProfileStore profiles;
    private final ConcurrentHashMap<ProfileId, RotationState> states = new ConcurrentHashMap<>();

    /** The states of the profiles in {@code profiles}; the owner calls {@link #remove} when one is deleted. */
    InMemoryRotationStateStore(AuthProfileStore profiles) {
        this.profiles = profiles;
    }

    /** The provider's profiles in the order the profile store lists them (oldest first). */
    @Override
    public Map<ProfileId, RotationState> states(ProviderId provider) {
        var result = new LinkedHashMap<ProfileId, RotationState>();
        for (AuthProfile profile : profiles.list(provider)) {
            result.put(profile.id(), states.getOrDefault(profile.id(), RotationState.fresh(profile.id())));
        }
        return Collections.unmodifiableMap(result);
    }

    @Override
    public RotationState update(ProfileId profile, UnaryOperator<RotationState> change) {
        return states.compute(profile, (id, stored) -> {
            if (profiles.find(id).isEmpty()) {
                throw new IllegalArgumentException("no auth profile has the id " + id);
            }
            RotationState current = stored == null ? RotationState.fresh(id) : stored;
            RotationState next = change.apply(current);
            if (!next.profile().equals(id)) {
                throw new IllegalArgumentException("the change must return a state of profile " + id);
            }
            return next.equals(current) ? current : versioned(next, current.version() + 1);
        });
    }

    @Override
    public void remove(ProfileId profile) {
        states.remove(profile);
    }

    private static RotationState versioned(RotationState state, long version) {
        return new RotationState(
                state.profile(),
                state.status(),
                state.consecutiveFailures(),
                state.lastUsed(),
                state.lastSuccess(),
                state.lastError(),
                version);
    }
}
