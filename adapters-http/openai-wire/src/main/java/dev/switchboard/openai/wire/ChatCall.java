package dev.switchboard.openai.wire;

import dev.switchboard.domain.chat.ChatRequest;
import java.util.Objects;

/**
 * A chat completion request as the client sent it: the domain request and how the answer must travel.
 *
 * @param stream whether the client asked for server-sent events
 * @param includeUsage whether a streaming client asked for the final usage-only chunk
 *     ({@code stream_options.include_usage})
 */
public record ChatCall(ChatRequest request, boolean stream, boolean includeUsage) {

    public ChatCall {
        Objects.requireNonNull(request, "request");
    }
}
