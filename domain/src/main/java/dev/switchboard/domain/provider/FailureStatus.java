package dev.switchboard.domain.provider;

/**
 * The HTTP status each upstream failure stands for, decided once: the HTTP adapter answers with it, and the usage
 * ledger records it, so the two always agree.
 */
public final class FailureStatus {

    private FailureStatus() {}

    /**
     * 429 for a rate limit; 502 when the upstream refused or forbade the gateway's key (the operator's configuration is
     * at fault, not the client's key); 404 for an unknown model; 400 for the client's own mistakes; 503 when the
     * provider said it is overloaded (503, 529), else 502; 504 for a timeout.
     */
    public static int of(ProviderFailure failure) {
        return switch (failure) {
            case ProviderFailure.RateLimited r -> 429;
            case ProviderFailure.Unauthorized u -> 502;
            case ProviderFailure.Forbidden f -> 502;
            case ProviderFailure.ModelNotFound m -> 404;
            case ProviderFailure.InvalidRequest i -> 400;
            case ProviderFailure.ContextLengthExceeded c -> 400;
            case ProviderFailure.Unavailable u -> u.status() == 503 || u.status() == 529 ? 503 : 502;
            case ProviderFailure.Timeout t -> 504;
            case ProviderFailure.Network n -> 502;
            case ProviderFailure.MalformedResponse m -> 502;
        };
    }

    /** The failure's kind as the ledger, the metrics and the logs name it: its simple type name, such as {@code Timeout}. */
    public static String kind(ProviderFailure failure) {
        return failure.getClass().getSimpleName();
    }
}
