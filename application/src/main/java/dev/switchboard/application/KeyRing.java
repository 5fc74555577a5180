package dev.switchboard.application;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out the key for each upstream call, in turn over a provider's profiles. Profiles are read from the store at
 * most once per {@code refresh} per provider, so the hot path does not touch the database; a key added elsewhere is
 * in use within that time. A provider without profiles is called without a key.
 */
final class KeyRing {

    private static final Credential ANONYMOUS = new Credential.Anonymous(new ProfileId("anonymous"));

    private final LoadingCache<ProviderId, List<AuthProfile>> profiles;
    private final Map<ProviderId, AtomicInteger> turns = new ConcurrentHashMap<>();

    KeyRing(AuthProfileStore store, Duration refresh) {
        this.profiles = Caffeine.newBuilder().refreshAfterWrite(refresh).build(store::list);
    }

    Credential next(ProviderId provider) {
        List<AuthProfile> available = profiles.get(provider);
        if (available.isEmpty()) return ANONYMOUS;
        int turn = turns.computeIfAbsent(provider, id -> new AtomicInteger()).getAndIncrement();
        return available.get(Math.floorMod(turn, available.size())).credential();
    }

    /** Forgets what was read, so the next call reads the store again. */
    void invalidate(ProviderId provider) {
        profiles.invalidate(provider);
    }
}
