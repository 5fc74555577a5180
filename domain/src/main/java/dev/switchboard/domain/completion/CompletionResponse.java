package dev.switchboard.domain.completion;

import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.json.JsonValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A whole legacy text completion.
 *
 * @param id normalization gives it the {@code cmpl-} style
 * @param created epoch seconds
 */
public record CompletionResponse(String id, long created, String model, List<Choice> choices, Usage usage) {

    public CompletionResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(model, "model");
        choices = List.copyOf(choices);
        Objects.requireNonNull(usage, "usage");
    }

    /**
     * One completed text.
     *
     * @param logprobs the legacy logprobs object, when asked for
     */
    public record Choice(
            int index,
            String text,
            FinishReason finishReason,
            @Nullable JsonValue logprobs) {
        public Choice {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(finishReason, "finishReason");
        }
    }
}
