package dev.switchboard.application;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.Candidate;
import dev.switchboard.domain.rotation.RotationState;
import dev.switchboard.domain.rotation.RotationStateStore;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What this node knows of each provider's keys: the profiles, in the store's order, with their rotation state, read
 * from the store at most once per {@code refresh} and updated at once by this node's own writes. Thread-safe: a
 * snapshot is immutable and replaced whole. While one thread re-reads a stale snapshot, the others go on with it.
 *
 * <p>A state carries the store's version, which every write increments. When a read races with one of this node's
 * writes, the higher version wins, so an older read never undoes a write this node has just made.
 */
final class ProfileSnapshots {

    private static final System.Logger LOG = System.getLogger(ProfileSnapshots.class.getName());

    private record Snapshot(List<Candidate> candidates, Instant readAt) {}

    private final AuthProfileStore profiles;
    private final RotationStateStore states;
    private final Duration refresh;
    private final Clock clock;
    private final ConcurrentHashMap<ProviderId, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Set<ProviderId> reading = ConcurrentHashMap.newKeySet();

    ProfileSnapshots(AuthProfileStore profiles, RotationStateStore states, Duration refresh, Clock clock) {
        this.profiles = profiles;
        this.states = states;
        this.refresh = refresh;
        this.clock = clock;
    }

    /** The provider's keys with their state; empty when it has none. */
    List<Candidate> candidates(ProviderId provider) {
        Snapshot known = snapshots.get(provider);
        if (known == null) return read(provider);
        if (clock.instant().isBefore(known.readAt().plus(refresh)) || !reading.add(provider)) {
            return known.candidates();
        }
        try {
            return read(provider);
        } catch (RuntimeException e) {
            // The store is down: go on with what is known, and try again after another refresh.
            LOG.log(
                    Level.WARNING,
                    "reading the keys of provider {0} failed ({1}); going on with what was read before",
                    provider,
                    e.getClass().getSimpleName());
            snapshots.replace(provider, known, new Snapshot(known.candidates(), clock.instant()));
            return known.candidates();
        } finally {
            reading.remove(provider);
        }
    }

    /** The state this node knows of the profile; null when it knows none. */
    @Nullable
    RotationState state(ProviderId provider, ProfileId profile) {
        Snapshot known = snapshots.get(provider);
        if (known == null) return null;
        for (Candidate candidate : known.candidates()) {
            if (candidate.id().equals(profile)) return candidate.state();
        }
        return null;
    }

    /** Takes in a state the store returned from a write, unless a newer one is known already. */
    void install(ProviderId provider, RotationState stored) {
        snapshots.computeIfPresent(provider, (id, known) -> with(known, stored, false));
    }

    /** Takes in a state the store could not write, until the next read of the store replaces it. */
    void installLocally(ProviderId provider, RotationState local) {
        snapshots.computeIfPresent(provider, (id, known) -> with(known, local, true));
    }

    /** Forgets the provider's snapshot, so the next request reads the store. */
    void invalidate(ProviderId provider) {
        snapshots.remove(provider);
    }

    private List<Candidate> read(ProviderId provider) {
        Instant readAt = clock.instant();
        List<AuthProfile> listed = profiles.list(provider);
        Map<ProfileId, RotationState> stored = states.states(provider);
        var candidates = new ArrayList<Candidate>(listed.size());
        for (AuthProfile profile : listed) {
            candidates.add(Candidate.of(profile, stored.getOrDefault(profile.id(), RotationState.fresh(profile.id()))));
        }
        return snapshots
                .merge(provider, new Snapshot(List.copyOf(candidates), readAt), ProfileSnapshots::newest)
                .candidates();
    }

    /** The fresh read, with any state of {@code known} that is newer than the one read. */
    private static Snapshot newest(Snapshot known, Snapshot read) {
        Snapshot result = read;
        for (Candidate candidate : known.candidates()) result = with(result, candidate.state(), false);
        return result;
    }

    /**
     * The snapshot with {@code state} for its profile: when {@code local}, in any case but with the version the store
     * still has (so the next read replaces it); otherwise only when it is newer than the state known.
     */
    private static Snapshot with(Snapshot snapshot, RotationState state, boolean local) {
        var candidates = new ArrayList<Candidate>(snapshot.candidates().size());
        for (Candidate candidate : snapshot.candidates()) {
            long known = candidate.state().version();
            if (!candidate.id().equals(state.profile())) candidates.add(candidate);
            else if (local) candidates.add(Candidate.of(candidate.profile(), versioned(state, known)));
            else candidates.add(state.version() > known ? Candidate.of(candidate.profile(), state) : candidate);
        }
        return new Snapshot(List.copyOf(candidates), snapshot.readAt());
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
