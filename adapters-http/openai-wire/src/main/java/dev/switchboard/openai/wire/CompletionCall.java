package dev.switchboard.openai.wire;

import dev.switchboard.domain.completion.CompletionRequest;
import java.util.Objects;

/**
 * A legacy text completion request as the client sent it.
 *
 * @param stream whether the client asked for server-sent events
 * @param includeUsage whether a streaming client asked for the final usage-only chunk
 */
public record CompletionCall(CompletionRequest request, boolean stream, boolean includeUsage) {

    public CompletionCall {
        Objects.requireNonNull(request, "request");
    }
}
