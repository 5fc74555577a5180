package dev.switchboard.bootstrap.config;

import dev.switchboard.domain.auth.Secret;
import java.util.Objects;

/**
 * One upstream API key of a provider: an entry of {@code providers[].api_keys}.
 *
 * @param name the operator's name for the key, unique within its provider (1-100 characters)
 * @param value the key, already resolved from the environment
 */
public record KeyConfig(String name, Secret value) {

    static final int MAX_NAME_LENGTH = 100;

    public KeyConfig {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("api key name must be 1-100 characters");
        }
        Objects.requireNonNull(value, "value");
    }
}
