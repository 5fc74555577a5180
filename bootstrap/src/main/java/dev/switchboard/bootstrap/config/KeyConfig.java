package dev.switchboard.bootstrap.config;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.Secret;
import java.util.Objects;

/**
 * One upstream API key of a provider: an entry of {@code providers[].api_keys}.
 *
 * @param name the operator's name for the key, unique within its provider (1-100 characters)
 * @param value the key, already resolved from the environment
 * @param weight its share of the traffic among the keys of its priority, 1-1000 (default 1)
 * @param priority its tier, 0-1000 (default 0): keys of a higher number serve only while no key of a lower one can
 */
public record KeyConfig(String name, Secret value, int weight, int priority) {

    static final int MAX_NAME_LENGTH = 100;

    public KeyConfig {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("api key name must be 1-100 characters");
        }
        Objects.requireNonNull(value, "value");
        if (weight < 1 || weight > AuthProfile.MAX_WEIGHT) {
            throw new IllegalArgumentException("api key weight must be 1-" + AuthProfile.MAX_WEIGHT);
        }
        if (priority < 0 || priority > AuthProfile.MAX_PRIORITY) {
            throw new IllegalArgumentException("api key priority must be 0-" + AuthProfile.MAX_PRIORITY);
        }
    }

    /** A key of weight 1 and priority 0. */
    public KeyConfig(String name, Secret value) {
        this(name, value, 1, 0);
    }
}
