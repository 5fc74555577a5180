package dev.switchboard.application;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.ProfileStatus;
import dev.switchboard.domain.rotation.RotationState;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An auth profile as operators see it: everything but the secret, which is write-only and shows as a fingerprint.
 *
 * @param fingerprint the secret's last four characters ({@code ...a1b2}), just {@code ...} for a short secret, null
 *     for a profile without a secret
 * @param state its live rotation state; a cooldown that is over shows as active, as rotation treats it
 */
public record ProfileView(
        ProfileId id,
        ProviderId provider,
        String name,
        @Nullable String fingerprint,
        int weight,
        int priority,
        Instant createdAt,
        RotationState state) {

    public ProfileView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(state, "state");
    }

    /** The view of {@code profile} in {@code state} at {@code now}. */
    static ProfileView of(AuthProfile profile, RotationState state, Instant now) {
        Secret secret = profile.secret();
        return new ProfileView(
                profile.id(),
                profile.provider(),
                profile.name(),
                secret == null ? null : secret.fingerprint(),
                profile.weight(),
                profile.priority(),
                profile.createdAt(),
                effective(state, now));
    }

    private static RotationState effective(RotationState state, Instant now) {
        if (!(state.status() instanceof ProfileStatus.CoolingDown cooling) || !cooling.usableAt(now)) return state;
        return new RotationState(
                state.profile(),
                ProfileStatus.active(),
                state.consecutiveFailures(),
                state.lastUsed(),
                state.lastSuccess(),
                state.lastError(),
                state.version());
    }
}
