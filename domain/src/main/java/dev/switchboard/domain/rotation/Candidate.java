package dev.switchboard.domain.rotation;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.ProfileId;
import java.util.Objects;

/**
 * One profile offered to {@link RotationPolicy#select}, with its place in the rotation and its live state.
 *
 * @param weight its share of the traffic within its priority tier, 1-1000: a profile of weight 3 serves three times as
 *     many requests as one of weight 1
 * @param priority its tier: a lower number is a higher priority (0 is the default and the usual top); profiles of a
 *     lower tier serve only while no profile of a higher tier is usable
 * @param state its live state, which must be the state of {@code profile}
 */
public record Candidate(AuthProfile profile, int weight, int priority, RotationState state) {

    /** The largest weight accepted. */
    public static final int MAX_WEIGHT = 1000;

    public Candidate {
        Objects.requireNonNull(profile, "profile");
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException("weight must be 1-" + MAX_WEIGHT);
        }
        Objects.requireNonNull(state, "state");
        if (!state.profile().equals(profile.id())) {
            throw new IllegalArgumentException("state must belong to profile " + profile.id());
        }
    }

    /** A candidate with the weight and priority its profile was configured with. */
    public static Candidate of(AuthProfile profile, RotationState state) {
        return new Candidate(profile, profile.weight(), profile.priority(), state);
    }

    /** The candidate's profile id. */
    public ProfileId id() {
        return profile.id();
    }
}
