package dev.switchboard.application;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.RotationPolicy;
import dev.switchboard.domain.rotation.RotationState;
import dev.switchboard.domain.rotation.RotationStateStore;

/** Brings a key back into rotation, whether it was disabled or cooling down; its failure count starts again. */
public final class EnableProfile {

    private final RotationStateStore states;
    private final RotationPolicy policy;
    private final ProfileLookup lookup;
    private final AuditTrail audit;

    EnableProfile(RotationStateStore states, RotationPolicy policy, ProfileLookup lookup, AuditTrail audit) {
        this.states = states;
        this.policy = policy;
        this.lookup = lookup;
        this.audit = audit;
    }

    /** @throws AdminException when the provider is not configured or has no profile of that id */
    public ProfileView enable(ProviderId provider, ProfileId id, String actor) {
        AuthProfile profile = lookup.require(provider, id);
        String before = Statuses.describe(lookup.state(profile).status());
        RotationState state = states.update(id, policy::enable);
        audit.record(actor, "profile.enabled", profile, "was " + before);
        return lookup.view(profile, state);
    }
}
