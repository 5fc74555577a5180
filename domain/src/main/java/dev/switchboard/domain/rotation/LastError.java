package dev.switchboard.domain.rotation;

import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Instant;
import java.util.Objects;

/**
 * The last upstream failure seen with a profile, kept for operators even after the profile recovers.
 *
 * @param kind the failure's kind in snake case, such as {@code rate_limited} or {@code unavailable}
 * @param status the HTTP status the failure stands for, 0 when there was no response (timeout, network) or the status
 *     is unknown (a malformed response)
 * @param at when it happened
 */
public record LastError(String kind, int status, Instant at) {

    public LastError {
        if (kind == null || kind.isBlank() || kind.length() > 64) {
            throw new IllegalArgumentException("kind must be 1-64 characters");
        }
        if (status < 0 || status > 999) throw new IllegalArgumentException("status must be 0-999");
        Objects.requireNonNull(at, "at");
    }

    /** The record of {@code failure} happening at {@code at}. */
    public static LastError of(ProviderFailure failure, Instant at) {
        return new LastError(kindOf(failure), statusOf(failure), at);
    }

    /** The snake-case name of the failure's kind, stable for storage and for the admin API. */
    public static String kindOf(ProviderFailure failure) {
        return switch (failure) {
            case ProviderFailure.RateLimited _ -> "rate_limited";
            case ProviderFailure.Unauthorized _ -> "unauthorized";
            case ProviderFailure.Forbidden _ -> "forbidden";
            case ProviderFailure.ModelNotFound _ -> "model_not_found";
            case ProviderFailure.InvalidRequest _ -> "invalid_request";
            case ProviderFailure.ContextLengthExceeded _ -> "context_length_exceeded";
            case ProviderFailure.Unavailable _ -> "unavailable";
            case ProviderFailure.Timeout _ -> "timeout";
            case ProviderFailure.Network _ -> "network";
            case ProviderFailure.MalformedResponse _ -> "malformed_response";
        };
    }

    private static int statusOf(ProviderFailure failure) {
        return switch (failure) {
            case ProviderFailure.RateLimited _ -> 429;
            case ProviderFailure.Unauthorized _ -> 401;
            case ProviderFailure.Forbidden _ -> 403;
            case ProviderFailure.ModelNotFound _ -> 404;
            case ProviderFailure.InvalidRequest _, ProviderFailure.ContextLengthExceeded _ -> 400;
            case ProviderFailure.Unavailable u -> u.status() >= 0 && u.status() <= 999 ? u.status() : 0;
            case ProviderFailure.Timeout _, ProviderFailure.Network _, ProviderFailure.MalformedResponse _ -> 0;
        };
    }
}
