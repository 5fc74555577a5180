package dev.switchboard.application;

import dev.switchboard.domain.provider.ProviderFailure;

/** Which failures move a request to the next target of its route, and which count against a provider's health. */
final class Failover {

    private Failover() {}

    /**
     * True when the failure is the provider's, not the request's: it opens circuits, is retried at the same target,
     * and moves the request on.
     */
    static boolean providerFault(ProviderFailure failure) {
        return switch (failure) {
            case ProviderFailure.Unavailable ignored -> true;
            case ProviderFailure.Timeout ignored -> true;
            case ProviderFailure.Network ignored -> true;
            case ProviderFailure.MalformedResponse ignored -> true;
            case ProviderFailure.RateLimited ignored -> false;
            case ProviderFailure.Unauthorized ignored -> false;
            case ProviderFailure.Forbidden ignored -> false;
            case ProviderFailure.ModelNotFound ignored -> false;
            case ProviderFailure.InvalidRequest ignored -> false;
            case ProviderFailure.ContextLengthExceeded ignored -> false;
        };
    }

    /**
     * True when another target may serve the request: the provider's faults, every key rate limited, and what is
     * particular to this target (its keys refused, no access to the model, no such model there). The client's own
     * mistakes never move on; a prompt too long moves on only to a larger window (checked by the caller).
     */
    static boolean movesOn(ProviderFailure failure) {
        return switch (failure) {
            case ProviderFailure.RateLimited ignored -> true;
            case ProviderFailure.Unauthorized ignored -> true;
            case ProviderFailure.Forbidden ignored -> true;
            case ProviderFailure.ModelNotFound ignored -> true;
            case ProviderFailure.ContextLengthExceeded ignored -> true;
            case ProviderFailure.Unavailable ignored -> true;
            case ProviderFailure.Timeout ignored -> true;
            case ProviderFailure.Network ignored -> true;
            case ProviderFailure.MalformedResponse ignored -> true;
            case ProviderFailure.InvalidRequest ignored -> false;
        };
    }
}
