package dev.switchboard.application;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.Secret;
import java.util.Objects;

/**
 * What an operator gives to create an auth profile. An invalid value is an {@link AdminException} whose
 * {@link AdminFailure.InvalidField} names the field.
 *
 * @param name unique per provider, 1-100 characters, not blank
 * @param secret the key; never shown again, only its {@link Secret#fingerprint() fingerprint}
 * @param weight its share of the traffic within its tier, 1-{@value AuthProfile#MAX_WEIGHT}
 * @param priority its tier, 0-{@value AuthProfile#MAX_PRIORITY}; lower is tried first
 */
public record NewProfile(String name, Secret secret, int weight, int priority) {

    public NewProfile {
        ProfileFields.name(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(secret, "secret");
        ProfileFields.weight(weight);
        ProfileFields.priority(priority);
    }

    /** A profile of weight 1 and priority 0. */
    public static NewProfile of(String name, Secret secret) {
        return new NewProfile(name, secret, 1, 0);
    }
}
