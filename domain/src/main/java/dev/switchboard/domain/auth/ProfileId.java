package dev.switchboard.domain.auth;

import java.util.UUID;

/** The identity of one auth profile (one key of one provider). */
public record ProfileId(String value) {

    public ProfileId {
        if (value == null || value.isBlank() || value.length() > 128) {
            throw new IllegalArgumentException("profile id must be 1-128 characters");
        }
    }

    public static ProfileId random() {
        return new ProfileId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
