package dev.switchboard.application;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.model.ProviderId;
import java.util.Objects;

/**
 * A provider key from the configuration, stored as an auth profile at start-up (matched by provider and name).
 *
 * @param weight its share of the traffic within its priority tier, 1-{@value AuthProfile#MAX_WEIGHT} (default 1)
 * @param priority its tier, 0-{@value AuthProfile#MAX_PRIORITY} (default 0): a lower number is tried first
 */
public record KeySeed(ProviderId provider, String name, Secret secret, int weight, int priority) {

    public KeySeed {
        Objects.requireNonNull(provider, "provider");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("key name must not be blank");
        Objects.requireNonNull(secret, "secret");
        if (weight < 1 || weight > AuthProfile.MAX_WEIGHT) {
            throw new IllegalArgumentException("key weight must be 1-" + AuthProfile.MAX_WEIGHT);
        }
        if (priority < 0 || priority > AuthProfile.MAX_PRIORITY) {
            throw new IllegalArgumentException("key priority must be 0-" + AuthProfile.MAX_PRIORITY);
        }
    }

    /** A key of weight 1 and priority 0. */
    public KeySeed(ProviderId provider, String name, Secret secret) {
        this(provider, name, secret, 1, 0);
    }
}
