package dev.switchboard.domain.auth;

import dev.switchboard.domain.model.ProviderId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One key of one provider, as the gateway stores it.
 *
 * @param name the operator's name for the key, unique per provider
 * @param secret the key; null for providers that need none
 */
public record AuthProfile(
        ProfileId id,
        ProviderId provider,
        String name,
        @Nullable Secret secret,
        Instant createdAt) {

    public AuthProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("profile name must be 1-100 characters");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The credential an adapter sends for this profile. */
    public Credential credential() {
        return secret == null ? new Credential.Anonymous(id) : new Credential.ApiKey(id, secret);
    }
}
