package dev.switchboard.domain.rotation;

import dev.switchboard.domain.auth.ProfileId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The live rotation state of one auth profile. Immutable: {@link RotationPolicy} computes the next state from this one,
 * and a store writes it only when {@code version} still matches what it read (optimistic concurrency), re-reading and
 * re-applying the policy otherwise.
 *
 * @param consecutiveFailures failures since the last success that count against the key (rate limits, server errors,
 *     timeouts, network errors, rejected keys); a client's own bad request does not count
 * @param lastUsed when the profile last served a request, whatever the outcome; null when never
 * @param lastSuccess when the profile last served a request successfully; null when never
 * @param lastError the last failure seen with the profile, kept after recovery for operators; null when none
 * @param version incremented by every change, starting at 0
 */
public record RotationState(
        ProfileId profile,
        ProfileStatus status,
        int consecutiveFailures,
        @Nullable Instant lastUsed,
        @Nullable Instant lastSuccess,
        @Nullable LastError lastError,
        long version) {

    public RotationState {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(status, "status");
        if (consecutiveFailures < 0) throw new IllegalArgumentException("consecutiveFailures must not be negative");
        if (version < 0) throw new IllegalArgumentException("version must not be negative");
    }

    /** The state of a profile that was never used: active, no failures, version 0. */
    public static RotationState fresh(ProfileId profile) {
        return new RotationState(profile, ProfileStatus.active(), 0, null, null, null, 0);
    }

    /** Whether rotation may hand the profile out at {@code now}. */
    public boolean usableAt(Instant now) {
        return status.usableAt(now);
    }

    /** This state with another status and failure count, one version later; an admin action. */
    RotationState next(ProfileStatus nextStatus, int failures) {
        return new RotationState(profile, nextStatus, failures, lastUsed, lastSuccess, lastError, version + 1);
    }
}
