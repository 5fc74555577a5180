package dev.switchboard.domain.auth;

import java.util.Objects;

/** What a provider adapter authenticates one upstream call with; chosen per call by the gateway's rotation. */
public sealed interface Credential {

    /** The profile this credential came from, so the outcome can be reported against it. */
    ProfileId profile();

    /** No secret: a local server or the built-in mock. */
    record Anonymous(ProfileId profile) implements Credential {
        public Anonymous {
            Objects.requireNonNull(profile, "profile");
        }
    }

    /** An API key or bearer token. */
    record ApiKey(ProfileId profile, Secret key) implements Credential {
        public ApiKey {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(key, "key");
        }
    }

    static Credential anonymous() {
        return new Anonymous(new ProfileId("anonymous"));
    }

    static Credential apiKey(String profile, String key) {
        return new ApiKey(new ProfileId(profile), Secret.of(key));
    }
}
