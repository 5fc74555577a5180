package dev.switchboard.application;

import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.RotationState;
import dev.switchboard.domain.rotation.RotationStateStore;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A {@link RotationStateStore} in front of another that counts reads and writes and, when told, fails them as a
 * database that went away does.
 */
final class CountingStates implements RotationStateStore {

    private final RotationStateStore store;
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger updates = new AtomicInteger();
    private final AtomicBoolean down = new AtomicBoolean();

    CountingStates(RotationStateStore store) {
        this.store = store;
    }

    @Override
    public Map<ProfileId, RotationState> states(ProviderId provider) {
        reads.incrementAndGet();
        failIfDown();
        return store.states(provider);
    }

    @Override
    public RotationState update(ProfileId profile, UnaryOperator<RotationState> change) {
        updates.incrementAndGet();
        failIfDown();
        return store.update(profile, change);
    }

    @Override
    public void remove(ProfileId profile) {
        store.remove(profile);
    }

    int reads() {
        return reads.get();
    }

    int updates() {
        return updates.get();
    }

    void down(boolean state) {
        down.set(state);
    }

    private void failIfDown() {
        if (down.get()) throw new IllegalStateException("connection refused");
    }
}
