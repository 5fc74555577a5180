package dev.switchboard.domain.chat;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One whole block of a model's reasoning, kept so that a client can send it back unchanged on a later turn. Providers
 * such as Anthropic require an assistant turn that called tools while thinking to carry its thinking blocks, signatures
 * included, when the conversation continues.
 */
public sealed interface ReasoningBlock {

    /**
     * Reasoning the model showed.
     *
     * @param signature the provider's proof that the text is the model's own, or null when it gave none
     */
    record Thinking(String text, @Nullable String signature) implements ReasoningBlock {
        public Thinking {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Reasoning the provider withheld, as opaque data to send back as it came.
     *
     * @param data the provider's encrypted block
     */
    record Redacted(String data) implements ReasoningBlock {
        public Redacted {
            if (data == null || data.isEmpty())
                throw new IllegalArgumentException("redacted reasoning data must not be empty");
        }
    }
}
