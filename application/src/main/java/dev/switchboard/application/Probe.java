package dev.switchboard.application;

import dev.switchboard.domain.auth.AuditEntry;
import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.Health;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.rotation.LastError;
import dev.switchboard.domain.rotation.ProfileStatus.Disabled;
import dev.switchboard.domain.rotation.RotationPolicy;
import dev.switchboard.domain.rotation.RotationState;
import dev.switchboard.domain.store.Storage;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Brings back keys the upstream refused once they work again: each round asks every provider's health with each key
 * that was disabled because the upstream answered 401 or 403, and enables those whose health is up, recording it in
 * the audit log (actor {@code probe}). A key an operator disabled stays disabled until an operator enables it.
 * Reads the store, not the snapshots: a round is rare, and must see what every node wrote.
 */
final class Probe {

    static final String ACTOR = "probe";
    static final String ACTION = "profile.enabled";
    private static final System.Logger LOG = System.getLogger(Probe.class.getName());

    private final ProviderDirectory directory;
    private final Storage storage;
    private final RotationPolicy policy;
    private final Rotation rotation;
    private final Clock clock;

    Probe(ProviderDirectory directory, Storage storage, RotationPolicy policy, Rotation rotation, Clock clock) {
        this.directory = directory;
        this.storage = storage;
        this.policy = policy;
        this.rotation = rotation;
        this.clock = clock;
    }

    /** One round over every provider; returns how many keys it brought back. */
    int run() {
        int enabled = 0;
        for (ProviderEntry provider : directory.all()) enabled += run(provider);
        return enabled;
    }

    private int run(ProviderEntry provider) {
        Map<ProfileId, RotationState> states = storage.rotationStates().states(provider.id());
        int enabled = 0;
        for (AuthProfile profile : storage.authProfiles().list(provider.id())) {
            RotationState state = states.get(profile.id());
            if (state != null && refusedByUpstream(state) && healthy(provider, profile)) {
                enable(provider, profile);
                enabled++;
            }
        }
        if (enabled > 0) rotation.invalidate(provider.id());
        return enabled;
    }

    /** Disabled by the policy on a 401 or 403, not by an operator: the refusal is what disabled it. */
    static boolean refusedByUpstream(RotationState state) {
        LastError error = state.lastError();
        return state.status() instanceof Disabled disabled
                && error != null
                && (error.kind().equals("unauthorized") || error.kind().equals("forbidden"))
                && !error.at().isBefore(disabled.since());
    }

    private boolean healthy(ProviderEntry provider, AuthProfile profile) {
        var call = new CallContext(profile.credential(), RequestContext.newRequestId(), provider.timeout());
        try {
            Health health = provider.adapter().health(call);
            return health.up();
        } catch (ProviderException e) {
            // health reports failures instead of throwing them; an adapter that throws counts as down all the same
            return false;
        }
    }

    private void enable(ProviderEntry provider, AuthProfile profile) {
        storage.rotationStates().update(profile.id(), state -> refusedByUpstream(state) ? policy.enable(state) : state);
        storage.auditLog()
                .record(new AuditEntry(
                        clock.instant().truncatedTo(ChronoUnit.MILLIS),
                        ACTOR,
                        ACTION,
                        provider.id() + "/" + profile.name(),
                        "the key works again: its health check with it is up"));
        LOG.log(
                Level.INFO,
                "key {0} of provider {1} works again and is back in rotation",
                profile.name(),
                provider.id());
    }
}
