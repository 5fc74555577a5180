package dev.switchboard.domain.chat;

import dev.switchboard.domain.json.JsonValue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One of the answers in a {@link ChatResponse}.
 *
 * @param logprobs the token log probabilities in OpenAI's shape, when asked for and reported
 */
public record Choice(
        int index,
        Message.AssistantMessage message,
        FinishReason finishReason,
        @Nullable JsonValue logprobs) {

    public Choice {
        if (index < 0) throw new IllegalArgumentException("choice index must not be negative");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(finishReason, "finishReason");
    }

    public static Choice of(Message.AssistantMessage message, FinishReason finishReason) {
        return new Choice(0, message, finishReason, null);
    }
}
