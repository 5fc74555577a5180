package dev.switchboard.domain.rotation;

import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.rotation.ProfileStatus.CoolingDown;
import dev.switchboard.domain.rotation.ProfileStatus.Disabled;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The rules of auth profile rotation: which profile serves a request, and what a success, a failure or an admin action
 * does to a profile's {@link RotationState}. Pure: it reads nothing but its clock and, for jitter, its random generator,
 * and writes nothing; stores apply the returned states atomically. Immutable and safe to share between threads when
 * the random generator is (for example {@link java.util.Random}).
 *
 * <p>A success or a failure never lifts a disable, and never shortens a cooldown that is still running: a report can
 * arrive late, after another request cooled or disabled the profile, and must not undo that.
 */
public final class RotationPolicy {

    private final RotationSettings settings;
    private final Clock clock;
    private final Cooldowns cooldowns;

    public RotationPolicy(RotationSettings settings, Clock clock, RandomGenerator random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cooldowns = new Cooldowns(settings, Objects.requireNonNull(random, "random"));
    }

    /**
     * What a failure did to a profile.
     *
     * @param tryNextProfile whether the same request should go on with another profile of the same provider: true when
     *     the key itself was refused (rate limited, rejected); false when another key would meet the same fate (the
     *     provider failed, or the request is wrong), so the caller fails over to another target or answers the client
     */
    public record Outcome(RotationState next, boolean tryNextProfile) {
        public Outcome {
            Objects.requireNonNull(next, "next");
        }
    }

    /**
     * Chooses the profile for one attempt of one request.
     *
     * <p>Usable profiles are those active, or cooling down with the cooldown over, and not in {@code excluded}. Only
     * the usable profiles of the best tier (lowest {@link Candidate#priority()}) take part. With stickiness on and a
     * non-blank {@code stickyKey}, the key picks its profile by rendezvous hashing, so it stays there while that
     * profile is usable; otherwise weighted round-robin picks the profile for {@code turn}, over the candidates in the
     * order given (so pass them in a stable order).
     *
     * @param candidates the provider's profiles with their live state, each profile once
     * @param stickyKey the conversation key (the request's {@code user} or {@code X-Session-ID}); null when none
     * @param excluded the profiles already tried for this request: each is tried at most once
     * @param turn a counter the caller increments once per request; any value, negative included
     */
    public Selection select(
            List<Candidate> candidates, @Nullable String stickyKey, Set<ProfileId> excluded, long turn) {
        Instant now = clock.instant();
        List<Candidate> tier = Tiers.best(candidates, excluded, now);
        if (tier.isEmpty()) return Tiers.none(candidates, excluded, now);
        if (settings.stickiness() && stickyKey != null && !stickyKey.isBlank()) {
            return new Selection.Use(Rendezvous.pick(tier, stickyKey));
        }
        return new Selection.Use(WeightedTurns.pick(tier, turn));
    }

    /**
     * The state after a successful call: failures cleared, last used and last success now, the last error kept for
     * operators. An active profile or one whose cooldown is over becomes active; a running cooldown and a disable stay.
     */
    public RotationState onSuccess(RotationState state) {
        Instant now = clock.instant();
        ProfileStatus status = state.status() instanceof CoolingDown cooling && cooling.usableAt(now)
                ? ProfileStatus.active()
                : state.status();
        return new RotationState(state.profile(), status, 0, now, now, state.lastError(), state.version() + 1);
    }

    /**
     * The state after a failed call, and whether to try the next profile. Every failure sets last used and last error.
     * <ul>
     *   <li>rate limited: cools down for the upstream's {@code Retry-After}, else for the exponential backoff; next.
     *   <li>unauthorized, forbidden: disabled with the reason until enabled again; next.
     *   <li>unavailable, timeout, network, malformed response: one more consecutive failure; from the threshold on,
     *       each such failure cools the profile down for the failure cooldown. Not next: another key of the same
     *       upstream rarely helps and would add load to a struggling provider; failover to another target does.
     *   <li>invalid request, context length exceeded, model not found: the client's request is at fault, so the
     *       profile is not penalised and its failure count stays; not next.
     * </ul>
     */
    public Outcome onFailure(RotationState state, ProviderFailure failure) {
        Instant now = clock.instant();
        LastError error = LastError.of(failure, now);
        int failures = state.consecutiveFailures() + 1;
        return switch (failure) {
            case ProviderFailure.RateLimited limited -> {
                Instant until = now.plus(cooldowns.afterRateLimit(failures, limited.retryAfter()));
                yield new Outcome(failed(state, cool(state.status(), until, "rate limited"), failures, error), true);
            }
            case ProviderFailure.Unauthorized refused ->
                new Outcome(
                        failed(state, disabled(state, "unauthorized", refused.message(), now), failures, error), true);
            case ProviderFailure.Forbidden refused ->
                new Outcome(failed(state, disabled(state, "forbidden", refused.message(), now), failures, error), true);
            case ProviderFailure.Unavailable _,
                    ProviderFailure.Timeout _,
                    ProviderFailure.Network _,
                    ProviderFailure.MalformedResponse _ ->
                new Outcome(failed(state, afterFailures(state, failures, error), failures, error), false);
            case ProviderFailure.InvalidRequest _,
                    ProviderFailure.ContextLengthExceeded _,
                    ProviderFailure.ModelNotFound _ ->
                new Outcome(failed(state, state.status(), state.consecutiveFailures(), error), false);
        };
    }

    /** Brings a profile back into rotation (an admin action or a successful probe): active, failures cleared. */
    public RotationState enable(RotationState state) {
        return state.next(ProfileStatus.active(), 0);
    }

    /** Ends a cooldown now (an admin action): active, failures cleared. A disabled profile stays disabled, unchanged. */
    public RotationState resetCooldown(RotationState state) {
        return state.status() instanceof Disabled ? state : enable(state);
    }

    /** Takes a profile out of rotation until it is enabled (an admin action); {@code reason} is 1-500 characters. */
    public RotationState disable(RotationState state, String reason) {
        return state.next(new Disabled(reason, clock.instant()), state.consecutiveFailures());
    }

    private ProfileStatus afterFailures(RotationState state, int failures, LastError error) {
        if (failures < settings.failureThreshold()) return state.status();
        Instant until = clock.instant().plus(cooldowns.afterFailures());
        return cool(state.status(), until, failures + " consecutive failures, the last: " + error.kind());
    }

    /** Cooling down until {@code until}, unless already disabled or cooling down for longer. */
    private static ProfileStatus cool(ProfileStatus status, Instant until, String reason) {
        return switch (status) {
            case Disabled disabled -> disabled;
            case CoolingDown longer when longer.until().isAfter(until) -> longer;
            case ProfileStatus.Active _, CoolingDown _ -> new CoolingDown(until, reason);
        };
    }

    private static ProfileStatus disabled(RotationState state, String kind, String message, Instant now) {
        return state.status() instanceof Disabled already ? already : new Disabled(Reasons.of(kind, message), now);
    }

    private static RotationState failed(RotationState state, ProfileStatus status, int failures, LastError error) {
        return new RotationState(
                state.profile(), status, failures, error.at(), state.lastSuccess(), error, state.version() + 1);
    }
}
