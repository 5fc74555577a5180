package dev.switchboard.application;

import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.rotation.Candidate;
import dev.switchboard.domain.rotation.RotationPolicy;
import dev.switchboard.domain.rotation.RotationState;
import dev.switchboard.domain.rotation.Selection;
import dev.switchboard.domain.store.Storage;
import dev.switchboard.domain.telemetry.KeyEvent;
import dev.switchboard.domain.telemetry.Telemetry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the key of every upstream call with the {@link RotationPolicy}, and applies what the call's outcome does to
 * the key. Thread-safe; one per gateway.
 *
 * <p><b>How stale a node may be, and why that is safe.</b> Selections are served from an in-memory snapshot of each
 * provider's profiles and states ({@link ProfileSnapshots}), read from the store at most once per {@code refresh}
 * (default 1s). A failure is written through to the store at once and applied to this node's snapshot at once, so
 * this node never hands out again a key it has just seen refused; every other node sharing the store sees it at its
 * next refresh. So a node acts on state up to {@code refresh} old. The worst case is one more request to a key that
 * another node has just cooled down or disabled: the upstream answers 429 (or 401) again, this node records it (the
 * policy never shortens a running cooldown, so nothing is undone), and the same request moves on to the next key at
 * once. No update is lost, and the client does not see the failure while another key works.
 *
 * <p><b>No database write on the hot path.</b> A success that changes nothing but the timestamps (the usual case) is
 * kept in memory and written behind by {@link #flush()}; only a success that changes a key's status or failure count
 * (a key recovering from failures) is written through.
 */
final class Rotation {

    private static final System.Logger LOG = System.getLogger(Rotation.class.getName());
    private static final Credential ANONYMOUS = new Credential.Anonymous(new ProfileId("anonymous"));

    private final Storage storage;
    private final RotationPolicy policy;
    private final ProfileSnapshots snapshots;
    private final PendingUsage usage = new PendingUsage();
    private final Clock clock;
    private final Map<ProviderId, AtomicLong> turns = new ConcurrentHashMap<>();
    private final Telemetry telemetry;

    Rotation(Storage storage, RotationPolicy policy, Duration refresh, Clock clock, Telemetry telemetry) {
        this.storage = storage;
        this.policy = policy;
        this.snapshots = new ProfileSnapshots(storage.authProfiles(), storage.rotationStates(), refresh, clock);
        this.clock = clock;
        this.telemetry = telemetry;
    }

    /**
     * Runs {@code call} with the key the policy selects, and moves on to the next key for as long as the policy says
     * so (rate limited or refused), each key tried at most once. A provider without keys is called without one.
     *
     * @param stickyKey the conversation key, or null
     * @throws ProviderException the failure that ended the attempts; {@code RateLimited} with the time until the
     *     soonest cooldown ends when no key is usable (the last key's own failure when none will recover by itself)
     */
    <T> T attempt(
            ProviderEntry provider, RequestContext context, @Nullable String stickyKey, Function<CallContext, T> call) {
        return attempt(provider, context, stickyKey, provider.timeout(), call);
    }

    /** Like {@link #attempt(ProviderEntry, RequestContext, String, Function)}, each call limited to {@code timeout}. */
    <T> T attempt(
            ProviderEntry provider,
            RequestContext context,
            @Nullable String stickyKey,
            Duration timeout,
            Function<CallContext, T> call) {
        if (snapshots.candidates(provider.id()).isEmpty()) return call.apply(context(ANONYMOUS, context, timeout));
        long turn = turns.computeIfAbsent(provider.id(), id -> new AtomicLong()).getAndIncrement();
        Set<ProfileId> tried = new HashSet<>();
        @Nullable ProviderException last = null;
        while (true) {
            Candidate chosen = choose(provider.id(), stickyKey, tried, turn, last);
            tried.add(chosen.id());
            try {
                T result = call.apply(context(chosen.profile().credential(), context, timeout));
                succeeded(provider.id(), chosen.id());
                return result;
            } catch (ProviderException e) {
                if (!failed(provider.id(), chosen.id(), e.failure())) throw e;
                telemetry.key(new KeyEvent(provider.id(), chosen.id(), KeyEvent.Kind.SKIPPED));
                last = e;
            }
        }
    }

    /** Applies a failure seen after the call returned (while reading a stream) to the key it was made with. */
    void report(ProviderEntry provider, Credential credential, ProviderFailure failure) {
        failed(provider.id(), credential.profile(), failure);
    }

    /** A usable key for a call whose outcome says nothing about keys (a health check); takes no turn. */
    Optional<Credential> anyUsable(ProviderId provider) {
        List<Candidate> candidates = snapshots.candidates(provider);
        if (candidates.isEmpty()) return Optional.of(ANONYMOUS);
        return switch (policy.select(candidates, null, Set.of(), 0)) {
            case Selection.Use use -> Optional.of(use.chosen().profile().credential());
            case Selection.NoneAvailable _ -> Optional.empty();
        };
    }

    /** Drops what this node read of the provider's keys, so the next request reads the store (after an admin change). */
    void invalidate(ProviderId provider) {
        snapshots.invalidate(provider);
    }

    /** Writes the successes kept in memory to the store: when each key was last used and last succeeded. */
    void flush() {
        usage.flush(storage.rotationStates());
    }

    private Candidate choose(
            ProviderId provider,
            @Nullable String stickyKey,
            Set<ProfileId> tried,
            long turn,
            @Nullable ProviderException last) {
        return switch (policy.select(snapshots.candidates(provider), stickyKey, tried, turn)) {
            case Selection.Use use -> use.chosen();
            case Selection.NoneAvailable none -> {
                // Nothing will recover by itself (every key refused or disabled): the last key's own failure says most.
                if (none.retryAfter() == null && last != null) throw last;
                // Every key is cooling: the provider's own rate-limit headers, when the last key brought some, still
                // tell the client how its limits stand.
                var limits = last != null && last.failure() instanceof ProviderFailure.RateLimited limited
                        ? limited.limits()
                        : java.util.Map.<String, String>of();
                throw new ProviderException(new ProviderFailure.RateLimited(none.reason(), none.retryAfter(), limits));
            }
        };
    }

    private void succeeded(ProviderId provider, ProfileId profile) {
        @Nullable RotationState state = snapshots.state(provider, profile);
        if (state != null) {
            RotationState next = policy.onSuccess(state);
            if (!next.status().equals(state.status()) || next.consecutiveFailures() != state.consecutiveFailures()) {
                write(provider, profile, policy::onSuccess);
                return;
            }
        }
        usage.record(profile, clock.instant());
    }

    /** Applies the failure through the store and to the snapshot; true when the request should try the next key. */
    private boolean failed(ProviderId provider, ProfileId profile, ProviderFailure failure) {
        var next = new AtomicBoolean();
        write(provider, profile, state -> {
            RotationPolicy.Outcome outcome = policy.onFailure(state, failure);
            next.set(outcome.tryNextProfile());
            return outcome.next();
        });
        return next.get();
    }

    private void write(ProviderId provider, ProfileId profile, UnaryOperator<RotationState> rule) {
        // The state the change that took effect was applied to (a store may run it more than once), for telemetry.
        var before = new AtomicReference<RotationState>();
        UnaryOperator<RotationState> change = state -> {
            before.set(state);
            return rule.apply(state);
        };
        RotationState after;
        try {
            after = storage.rotationStates().update(profile, change);
            snapshots.install(provider, after);
        } catch (IllegalArgumentException gone) {
            // Deleted meanwhile (or the anonymous key): nothing to keep; the change still runs, so the caller learns
            // the outcome (whether to try the next key).
            var unused = change.apply(RotationState.fresh(profile));
            return;
        } catch (RuntimeException e) {
            // The store is down: keep serving from memory, which this node alone now knows, until the next read.
            LOG.log(
                    System.Logger.Level.WARNING,
                    "writing the rotation state of key {0} failed ({1}); kept in memory",
                    profile,
                    e.getClass().getSimpleName());
            @Nullable RotationState local = snapshots.state(provider, profile);
            after = change.apply(local == null ? RotationState.fresh(profile) : local);
            snapshots.installLocally(provider, after);
        }
        RotationState was = before.get();
        if (was != null) {
            KeyChanges.of(was.status(), after.status())
                    .ifPresent(kind -> telemetry.key(new KeyEvent(provider, profile, kind)));
        }
    }

    private static CallContext context(Credential credential, RequestContext context, Duration timeout) {
        return new CallContext(credential, context.requestId(), timeout, context.traceParent());
    }
}
