package dev.switchboard.domain.provider;

import java.util.Objects;

/**
 * An expected upstream failure. Unchecked so that it passes through a stream's iterator and through lambdas; it
 * carries a sealed {@link ProviderFailure} so that callers decide with an exhaustive switch. No stack trace is captured:
 * the failure is data, not a bug.
 */
public final class ProviderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ProviderFailure failure;

    public ProviderException(ProviderFailure failure) {
        super(Objects.requireNonNull(failure, "failure").message(), null, false, false);
        this.failure = failure;
    }

    public ProviderException(ProviderFailure failure, Throwable cause) {
        super(Objects.requireNonNull(failure, "failure").message(), cause, false, false);
        this.failure = failure;
    }

    public ProviderFailure failure() {
        return failure;
    }
}
