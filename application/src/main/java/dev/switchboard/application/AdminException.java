package dev.switchboard.application;

import java.io.Serial;
import java.util.Objects;

/**
 * An admin action that was refused, carrying why as a sealed {@link AdminFailure}. Unchecked and without a stack
 * trace: the refusal is an answer, not a bug.
 */
public final class AdminException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient AdminFailure failure;

    public AdminException(AdminFailure failure) {
        super(Objects.requireNonNull(failure, "failure").message(), null, false, false);
        this.failure = failure;
    }

    /** A refusal of {@code field}'s value. */
    static AdminException invalid(String field, String message) {
        return new AdminException(new AdminFailure.InvalidField(field, message));
    }

    public AdminFailure failure() {
        return failure;
    }
}
