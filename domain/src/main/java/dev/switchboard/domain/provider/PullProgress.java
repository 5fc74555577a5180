package dev.switchboard.domain.provider;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of a model pull, as the provider reports it.
 *
 * @param status what the provider is doing, in its words ({@code pulling manifest}, {@code success}, ...)
 * @param digest the layer being downloaded, when the step is about one
 * @param total the layer's size in bytes, when known
 * @param completed the bytes of the layer downloaded so far, when known
 */
public record PullProgress(
        String status,
        @Nullable String digest,
        @Nullable Long total,
        @Nullable Long completed) {

    /** The status with which a finished pull ends. */
    public static final String SUCCESS = "success";

    public PullProgress {
        Objects.requireNonNull(status, "status");
        if (total != null && total < 0) throw new IllegalArgumentException("total must not be negative");
        if (completed != null && completed < 0) throw new IllegalArgumentException("completed must not be negative");
    }

    /** A step that is about no layer. */
    public static PullProgress of(String status) {
        return new PullProgress(status, null, null, null);
    }

    /** Whether this step says the pull finished. */
    public boolean succeeded() {
        return SUCCESS.equals(status);
    }
}
