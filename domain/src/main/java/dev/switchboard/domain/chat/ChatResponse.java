package dev.switchboard.domain.chat;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A whole chat completion.
 *
 * @param id the provider's id for the completion; normalization gives it the {@code chatcmpl-} style
 * @param created epoch seconds
 * @param model the model that answered, as the provider names it
 * @param systemFingerprint the provider's backend configuration, when it reports one
 */
public record ChatResponse(
        String id,
        long created,
        String model,
        List<Choice> choices,
        Usage usage,
        @Nullable String systemFingerprint) {

    public ChatResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(model, "model");
        choices = List.copyOf(choices);
        Objects.requireNonNull(usage, "usage");
    }

    /** The first choice's message: what most callers want. */
    public Message.AssistantMessage message() {
        if (choices.isEmpty()) throw new IllegalStateException("response has no choices");
        return choices.getFirst().message();
    }
}
