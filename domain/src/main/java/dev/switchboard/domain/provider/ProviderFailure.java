package dev.switchboard.domain.provider;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every way an upstream call can fail, normalized across providers. Rotation, failover and the HTTP error mapper all
 * switch over it exhaustively, so a new kind breaks compilation wherever it needs a decision.
 */
public sealed interface ProviderFailure {

    /** A message fit for the gateway's client: it names no secret and no internal type. */
    String message();

    /** Whether trying again, later or elsewhere, may succeed. */
    boolean retryable();

    /**
     * Too many requests or tokens for this key; {@code retryAfter} when the provider said how long to wait, and
     * {@code limits} the provider's {@code x-ratelimit-*} headers (names in lower case), passed on to the client.
     */
    record RateLimited(String message, @Nullable Duration retryAfter, java.util.Map<String, String> limits)
            implements ProviderFailure {
        public RateLimited {
            Objects.requireNonNull(message, "message");
            limits = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(limits));
        }

        /** A rate limit with no {@code x-ratelimit-*} headers. */
        public RateLimited(String message, @Nullable Duration retryAfter) {
            this(message, retryAfter, java.util.Map.of());
        }

        @Override
        public boolean retryable() {
            return true;
        }
    }

    /** The provider rejected the key. */
    record Unauthorized(String message) implements ProviderFailure {
        @Override
        public boolean retryable() {
            return false;
        }
    }

    /** The key is valid but may not do this (region, project, model access). */
    record Forbidden(String message) implements ProviderFailure {
        @Override
        public boolean retryable() {
            return false;
        }
    }

    /** The provider does not know the model. */
    record ModelNotFound(String message) implements ProviderFailure {
        @Override
        public boolean retryable() {
            return false;
        }
    }

    /** The request itself is wrong; {@code param} names the field when known. */
    record InvalidRequest(String message, @Nullable String param) implements ProviderFailure {
        @Override
        public boolean retryable() {
            return false;
        }
    }

    /** The prompt and output limit do not fit the model's context window. */
    record ContextLengthExceeded(String message) implements ProviderFailure {
        @Override
        public boolean retryable() {
            return false;
        }
    }

    /** The provider failed or is overloaded; {@code status} is the upstream HTTP status (0 when there was none). */
    record Unavailable(int status, String message) implements ProviderFailure {
        @Override
        public boolean retryable() {
            return true;
        }
    }

    /** The provider did not answer in time. */
    record Timeout(String message) implements ProviderFailure {
        @Override
        public boolean retryable() {
            return true;
        }
    }

    /** The connection could not be made or broke (refused, reset, DNS). */
    record Network(String message) implements ProviderFailure {
        @Override
        public boolean retryable() {
            return true;
        }
    }

    /** The provider answered something that is not its documented format. */
    record MalformedResponse(String message) implements ProviderFailure {
        @Override
        public boolean retryable() {
            return true;
        }
    }
}
