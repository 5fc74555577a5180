package dev.switchboard.application;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import java.time.Instant;
import java.util.Comparator;

/** Adds a key to a provider; rotation uses it from the next request on. */
public final class CreateProfile {

    private final AuthProfileStore store;
    private final ProfileLookup lookup;
    private final AuditTrail audit;

    CreateProfile(AuthProfileStore store, ProfileLookup lookup, AuditTrail audit) {
        this.store = store;
        this.lookup = lookup;
        this.audit = audit;
    }

    /**
     * Stores a new profile, active, under a fresh id, as the operator's ({@link AuthProfile.Origin#ADMIN}): start-up
     * seeding from the configuration leaves it alone.
     *
     * @throws AdminException when the provider is not configured, or already has a profile of that name
     */
    public ProfileView create(ProviderId provider, NewProfile profile, String actor) {
        lookup.requireProvider(provider);
        if (lookup.named(provider, profile.name()).isPresent()) {
            throw new AdminException(new AdminFailure.NameTaken(provider, profile.name()));
        }
        AuthProfile saved = store.save(new AuthProfile(
                ProfileId.random(),
                provider,
                profile.name(),
                profile.secret(),
                profile.weight(),
                profile.priority(),
                createdAt(provider),
                AuthProfile.Origin.ADMIN));
        audit.record(
                actor,
                "profile.created",
                saved,
                "weight %d, priority %d, key %s".formatted(saved.weight(), saved.priority(), AuditTrail.key(saved)));
        return lookup.view(saved);
    }

    /**
     * Now, or just after the provider's newest profile when that is not older: profiles are listed, and rotation
     * takes them, oldest first, so two created within one millisecond must still differ.
     */
    private Instant createdAt(ProviderId provider) {
        Instant now = audit.now();
        return store.list(provider).stream()
                .map(AuthProfile::createdAt)
                .max(Comparator.naturalOrder())
                .filter(newest -> !newest.isBefore(now))
                .map(newest -> newest.plusMillis(1))
                .orElse(now);
    }
}
