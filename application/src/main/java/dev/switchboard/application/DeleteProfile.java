package dev.switchboard.application;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;

/** Removes a key and its rotation state; rotation stops handing it out. */
public final class DeleteProfile {

    private final AuthProfileStore store;
    private final ProfileLookup lookup;
    private final AuditTrail audit;

    DeleteProfile(AuthProfileStore store, ProfileLookup lookup, AuditTrail audit) {
        this.store = store;
        this.lookup = lookup;
        this.audit = audit;
    }

    /** @throws AdminException when the provider is not configured or has no profile of that id */
    public void delete(ProviderId provider, ProfileId id, String actor) {
        AuthProfile profile = lookup.require(provider, id);
        store.delete(id);
        audit.record(actor, "profile.deleted", profile, "key " + AuditTrail.key(profile));
    }
}
