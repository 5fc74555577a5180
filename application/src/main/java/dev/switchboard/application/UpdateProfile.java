package dev.switchboard.application;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.RotationState;
import dev.switchboard.domain.rotation.RotationStateStore;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Changes a key's name, secret, weight or priority. Its id, creation time, origin and rotation state stay: a key that
 * was cooling down or disabled still is. A key from the configuration file is the file's: start-up seeding sets its
 * secret, weight and priority back, and replaces it under its configured name if it was renamed.
 */
public final class UpdateProfile {

    private final AuthProfileStore store;
    private final RotationStateStore states;
    private final ProfileLookup lookup;
    private final AuditTrail audit;

    UpdateProfile(AuthProfileStore store, RotationStateStore states, ProfileLookup lookup, AuditTrail audit) {
        this.store = store;
        this.states = states;
        this.lookup = lookup;
        this.audit = audit;
    }

    /**
     * Applies {@code changes}; the parts left null stay as they are.
     *
     * @throws AdminException when the provider is not configured, has no profile of that id, or another of its
     *     profiles already has the new name
     */
    public ProfileView update(ProviderId provider, ProfileId id, ProfileChanges changes, String actor) {
        AuthProfile current = lookup.require(provider, id);
        AuthProfile next = changed(current, changes);
        boolean renamed = !next.name().equals(current.name());
        if (renamed && lookup.named(provider, next.name()).isPresent()) {
            throw new AdminException(new AdminFailure.NameTaken(provider, next.name()));
        }
        AuthProfile saved = renamed ? rename(current, next) : store.save(next);
        audit.record(actor, "profile.updated", saved, describe(current, saved));
        return lookup.view(saved);
    }

    private static AuthProfile changed(AuthProfile current, ProfileChanges changes) {
        Secret secret = changes.secret();
        return new AuthProfile(
                current.id(),
                current.provider(),
                Objects.requireNonNullElse(changes.name(), current.name()),
                secret != null ? secret : current.secret(),
                Objects.requireNonNullElse(changes.weight(), current.weight()),
                Objects.requireNonNullElse(changes.priority(), current.priority()),
                current.createdAt(),
                current.origin());
    }

    /**
     * The store matches profiles by provider and name, so a new name is a delete and an insert under the same id and
     * creation time; the rotation state, which the delete removes, is written back.
     */
    private AuthProfile rename(AuthProfile current, AuthProfile renamed) {
        RotationState kept = lookup.state(current);
        store.delete(current.id());
        AuthProfile saved = store.save(renamed);
        states.update(
                saved.id(),
                fresh -> new RotationState(
                        saved.id(),
                        kept.status(),
                        kept.consecutiveFailures(),
                        kept.lastUsed(),
                        kept.lastSuccess(),
                        kept.lastError(),
                        fresh.version()));
        return saved;
    }

    /** What changed, for the audit log: names and numbers, and for the secret only fingerprints. */
    private static String describe(AuthProfile before, AuthProfile after) {
        var detail = new StringJoiner("; ");
        if (!before.name().equals(after.name())) detail.add("name " + before.name() + " -> " + after.name());
        if (!Objects.equals(before.secret(), after.secret())) {
            detail.add("key " + AuditTrail.key(before) + " -> " + AuditTrail.key(after));
        }
        if (before.weight() != after.weight()) detail.add("weight " + before.weight() + " -> " + after.weight());
        if (before.priority() != after.priority()) {
            detail.add("priority " + before.priority() + " -> " + after.priority());
        }
        return detail.length() == 0 ? "no changes" : detail.toString();
    }
}
