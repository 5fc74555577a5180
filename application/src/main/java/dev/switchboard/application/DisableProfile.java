package dev.switchboard.application;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.RotationPolicy;
import dev.switchboard.domain.rotation.RotationState;
import dev.switchboard.domain.rotation.RotationStateStore;
import org.jspecify.annotations.Nullable;

/** Takes a key out of rotation until an operator enables it again. */
public final class DisableProfile {

    private final RotationStateStore states;
    private final RotationPolicy policy;
    private final ProfileLookup lookup;
    private final AuditTrail audit;

    DisableProfile(RotationStateStore states, RotationPolicy policy, ProfileLookup lookup, AuditTrail audit) {
        this.states = states;
        this.policy = policy;
        this.lookup = lookup;
        this.audit = audit;
    }

    /**
     * Disables the profile; disabling a disabled profile again replaces the reason.
     *
     * @param reason why, for operators (1-500 characters); null for {@code disabled by <actor>}
     * @throws AdminException when the reason is blank or too long, the provider is not configured or has no profile
     *     of that id
     */
    public ProfileView disable(ProviderId provider, ProfileId id, @Nullable String reason, String actor) {
        String why = reason == null ? "disabled by " + actor : ProfileFields.reason(reason);
        AuthProfile profile = lookup.require(provider, id);
        RotationState state = states.update(id, current -> policy.disable(current, why));
        audit.record(actor, "profile.disabled", profile, "reason: " + why);
        return lookup.view(profile, state);
    }
}
