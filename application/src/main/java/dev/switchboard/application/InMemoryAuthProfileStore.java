package dev.switchboard.application;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Auth profiles in a concurrent map keyed by provider and name, which keeps that pair unique; each operation is atomic.
 * Lookups by id scan the map, which is fine for the handful of keys a provider has.
 */
final class InMemoryAuthProfileStore implements AuthProfileStore {

    private record Key(ProviderId provider, String name) {}

    private final ConcurrentHashMap<Key, AuthProfile> profiles = new ConcurrentHashMap<>();
    private final Consumer<ProfileId> deleted;

    InMemoryAuthProfileStore() {
        this(id -> {});
    }

    /** A store that tells {@code deleted} about every profile it deleted, after deleting it. */
    InMemoryAuthProfileStore(Consumer<ProfileId> deleted) {
        this.deleted = deleted;
    }

    @Override
    public List<AuthProfile> list(ProviderId provider) {
        return profiles.values().stream()
                .filter(profile -> profile.provider().equals(provider))
                .sorted(Comparator.comparing(AuthProfile::createdAt).thenComparing(p -> p.id().value()))
                .toList();
    }

    @Override
    public Optional<AuthProfile> find(ProfileId id) {
        return profiles.values().stream()
                .filter(profile -> profile.id().equals(id))
                .findFirst();
    }

    @Override
    public AuthProfile save(AuthProfile profile) {
        return profiles.merge(
                new Key(profile.provider(), profile.name()),
                profile,
                (stored, incoming) -> new AuthProfile(
                        stored.id(),
                        stored.provider(),
                        stored.name(),
                        incoming.secret(),
                        incoming.weight(),
                        incoming.priority(),
                        stored.createdAt(),
                        stored.origin()));
    }

    @Override
    public boolean delete(ProfileId id) {
        boolean removed = profiles.values().removeIf(profile -> profile.id().equals(id));
        if (removed) {
            deleted.accept(id);
        }
        return removed;
    }
}
