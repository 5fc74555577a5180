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
 * @param weight its share of the traffic within its priority tier, 1-{@value #MAX_WEIGHT} (default 1): a profile of
 *     weight 3 serves three times as many requests as one of weight 1
 * @param priority its tier, 0-{@value #MAX_PRIORITY} (default 0): a lower number is tried first, and profiles of a
 *     later tier serve only while no profile of an earlier tier is usable
 * @param origin where the profile came from (default {@link Origin#CONFIG}); it is fixed when the profile is first
 *     stored, and a later save of the same provider and name keeps it
 */
public record AuthProfile(
        ProfileId id,
        ProviderId provider,
        String name,
        @Nullable Secret secret,
        int weight,
        int priority,
        Instant createdAt,
        Origin origin) {

    /** The largest weight accepted. */
    public static final int MAX_WEIGHT = 1000;

    /** The largest (least preferred) priority accepted. */
    public static final int MAX_PRIORITY = 1000;

    /**
     * Who created a profile. Start-up seeding removes the configuration's profiles that the configuration no longer
     * names, and never touches a profile an operator created through the admin API.
     */
    public enum Origin {
        /** Seeded from the configuration file. */
        CONFIG,
        /** Created through the admin API. */
        ADMIN
    }

    public AuthProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("profile name must be 1-100 characters");
        }
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException("weight must be 1-" + MAX_WEIGHT);
        }
        if (priority < 0 || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("priority must be 0-" + MAX_PRIORITY);
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(origin, "origin");
    }

    /** A profile seeded from the configuration. */
    public AuthProfile(
            ProfileId id,
            ProviderId provider,
            String name,
            @Nullable Secret secret,
            int weight,
            int priority,
            Instant createdAt) {
        this(id, provider, name, secret, weight, priority, createdAt, Origin.CONFIG);
    }

    /** A profile of weight 1 and priority 0, seeded from the configuration. */
    public AuthProfile(ProfileId id, ProviderId provider, String name, @Nullable Secret secret, Instant createdAt) {
        this(id, provider, name, secret, 1, 0, createdAt, Origin.CONFIG);
    }

    /** The credential an adapter sends for this profile. */
    public Credential credential() {
        return secret == null ? new Credential.Anonymous(id) : new Credential.ApiKey(id, secret);
    }
}
