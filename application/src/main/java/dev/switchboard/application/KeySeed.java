package dev.switchboard.application;

import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.model.ProviderId;
import java.util.Objects;

/** A provider key from the configuration, stored as an auth profile at start-up (matched by provider and name). */
public record KeySeed(ProviderId provider, String name, Secret secret) {

    public KeySeed {
        Objects.requireNonNull(provider, "provider");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("key name must not be blank");
        Objects.requireNonNull(secret, "secret");
    }
}
