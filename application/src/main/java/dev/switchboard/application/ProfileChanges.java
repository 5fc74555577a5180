package dev.switchboard.application;

import dev.switchboard.domain.auth.Secret;
import org.jspecify.annotations.Nullable;

/**
 * What an operator changes on an auth profile: each part that is null stays as it is. An invalid value is an
 * {@link AdminException} whose {@link AdminFailure.InvalidField} names the field.
 *
 * @param name a new name, unique per provider
 * @param secret a new key, which replaces the old one at once
 * @param weight a new weight, 1-1000
 * @param priority a new priority, 0-1000
 */
public record ProfileChanges(
        @Nullable String name,
        @Nullable Secret secret,
        @Nullable Integer weight,
        @Nullable Integer priority) {

    public ProfileChanges {
        if (name != null) ProfileFields.name(name);
        if (weight != null) ProfileFields.weight(weight);
        if (priority != null) ProfileFields.priority(priority);
    }

    /** Changes nothing. */
    public static ProfileChanges none() {
        return new ProfileChanges(null, null, null, null);
    }

    public ProfileChanges withName(String newName) {
        return new ProfileChanges(newName, secret, weight, priority);
    }

    public ProfileChanges withSecret(Secret newSecret) {
        return new ProfileChanges(name, newSecret, weight, priority);
    }

    public ProfileChanges withWeight(int newWeight) {
        return new ProfileChanges(name, secret, newWeight, priority);
    }

    public ProfileChanges withPriority(int newPriority) {
        return new ProfileChanges(name, secret, weight, newPriority);
    }
}
