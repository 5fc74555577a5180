package dev.switchboard.application;

import dev.switchboard.domain.auth.AuditEntry;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.PullStream;
import dev.switchboard.domain.rotation.RotationPolicy;
import dev.switchboard.domain.rotation.RotationSettings;
import dev.switchboard.domain.store.Storage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * What an operator does to the gateway's keys while it runs: list, create, update, disable, enable and delete a
 * provider's auth profiles, end a cooldown, and read back the audit log; and pull a model onto a provider that can. Get it from {@link Gateway#admin()}.
 *
 * <p>Secrets are write-only: views show a {@linkplain ProfileView#fingerprint() fingerprint}. Every change is recorded
 * in the audit log under the caller's {@code actor} (who made it, such as {@code admin:...a1b2}; 1-200 characters,
 * never a secret) and takes effect in rotation at once.
 *
 * <p>Thread-safe: changes are made one at a time in this gateway, so two operators cannot both create a name or
 * rename into it. Gateways sharing one database do not lock each other; a name taken by another node in the same
 * instant is merged by the store rather than duplicated.
 *
 * <p>Refusals are {@link AdminException}s whose {@link AdminFailure} says why: an unknown provider or profile, a
 * name already taken, or an invalid field. A blank actor is an {@link IllegalArgumentException}.
 */
public final class Administration {

    private final ReentrantLock changes = new ReentrantLock();
    private final ListProfiles listProfiles;
    private final CreateProfile createProfile;
    private final UpdateProfile updateProfile;
    private final DeleteProfile deleteProfile;
    private final DisableProfile disableProfile;
    private final EnableProfile enableProfile;
    private final ResetCooldown resetCooldown;
    private final ReadAuditLog readAuditLog;
    private final PullModel pullModel;

    /**
     * @param onChange told the provider after each change, so that whatever keeps its profiles in memory reads them
     *     again
     * @param pullModel pulls models onto the providers that can
     */
    Administration(
            Storage storage,
            ProviderDirectory directory,
            Consumer<ProviderId> onChange,
            Clock clock,
            PullModel pullModel) {
        var lookup = new ProfileLookup(storage, directory, clock);
        var audit = new AuditTrail(storage.auditLog(), onChange, clock);
        // Admin actions read only the clock; the settings and the random generator serve selection and backoff.
        var policy = new RotationPolicy(RotationSettings.defaults(), clock, RandomGenerator.of("L64X128MixRandom"));
        var profiles = storage.authProfiles();
        var states = storage.rotationStates();
        this.listProfiles = new ListProfiles(lookup);
        this.createProfile = new CreateProfile(profiles, lookup, audit);
        this.updateProfile = new UpdateProfile(profiles, states, lookup, audit);
        this.deleteProfile = new DeleteProfile(profiles, lookup, audit);
        this.disableProfile = new DisableProfile(states, policy, lookup, audit);
        this.enableProfile = new EnableProfile(states, policy, lookup, audit);
        this.resetCooldown = new ResetCooldown(states, policy, lookup, audit);
        this.readAuditLog = new ReadAuditLog(storage.auditLog());
        this.pullModel = pullModel;
    }

    /** See {@link ListProfiles#list}. */
    public List<ProfileView> profiles(ProviderId provider) {
        return listProfiles.list(provider);
    }

    /** See {@link ListProfiles#find}. */
    public ProfileView profile(ProviderId provider, ProfileId id) {
        return listProfiles.find(provider, id);
    }

    /** See {@link CreateProfile#create}. */
    public ProfileView create(ProviderId provider, NewProfile profile, String actor) {
        return change(actor, () -> createProfile.create(provider, profile, actor));
    }

    /** See {@link UpdateProfile#update}. */
    public ProfileView update(ProviderId provider, ProfileId id, ProfileChanges changes, String actor) {
        return change(actor, () -> updateProfile.update(provider, id, changes, actor));
    }

    /** See {@link DeleteProfile#delete}. */
    public void delete(ProviderId provider, ProfileId id, String actor) {
        change(actor, () -> {
            deleteProfile.delete(provider, id, actor);
            return id;
        });
    }

    /** See {@link DisableProfile#disable}. */
    public ProfileView disable(ProviderId provider, ProfileId id, @Nullable String reason, String actor) {
        return change(actor, () -> disableProfile.disable(provider, id, reason, actor));
    }

    /** See {@link EnableProfile#enable}. */
    public ProfileView enable(ProviderId provider, ProfileId id, String actor) {
        return change(actor, () -> enableProfile.enable(provider, id, actor));
    }

    /** See {@link ResetCooldown#reset}. */
    public ProfileView resetCooldown(ProviderId provider, ProfileId id, String actor) {
        return change(actor, () -> resetCooldown.reset(provider, id, actor));
    }

    /** See {@link ReadAuditLog#recent}. */
    public List<AuditEntry> audit(int limit, @Nullable Instant since) {
        return readAuditLog.recent(limit, since);
    }

    /** See {@link PullModel#pull}. Not one of the serialised changes: a pull may take minutes. */
    public PullStream pull(ProviderId provider, String model, RequestContext context) {
        return pullModel.pull(provider, model, context);
    }

    private <T> T change(String actor, Supplier<T> action) {
        if (actor.isBlank() || actor.length() > 200)
            throw new IllegalArgumentException("actor must be 1-200 characters");
        changes.lock();
        try {
            return action.get();
        } finally {
            changes.unlock();
        }
    }
}
