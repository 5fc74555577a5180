package dev.switchboard.domain.chat;

import dev.switchboard.domain.json.JsonValue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event of a streamed completion, chat or legacy text. A stream carries at most one {@link Started} (first), deltas
 * for each choice, one {@link Finished} per choice, and at most one {@link UsageReported} (last).
 */
public sealed interface ChatEvent {

    /** The provider's id and model for this completion, when it tells them. */
    record Started(String id, String model) implements ChatEvent {
        public Started {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(model, "model");
        }
    }

    /** A piece of the answer's text. */
    record TextDelta(int choice, String text) implements ChatEvent {
        public TextDelta {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A piece of the model's reasoning. When a reasoning block ends, a last piece carries the whole {@code block}, with
     * its signature, so that a client can send it back on a later turn; its text was streamed before, so that piece's
     * {@code text} is empty.
     *
     * @param block the reasoning block that just ended, or null for an ordinary piece
     */
    record ReasoningDelta(int choice, String text, @Nullable ReasoningBlock block) implements ChatEvent {
        public ReasoningDelta {
            Objects.requireNonNull(text, "text");
        }

        /** An ordinary piece of reasoning text. */
        public ReasoningDelta(int choice, String text) {
            this(choice, text, null);
        }

        /** The end of a reasoning block: the whole block, whose text was already streamed. */
        public static ReasoningDelta ended(int choice, ReasoningBlock block) {
            return new ReasoningDelta(choice, "", Objects.requireNonNull(block, "block"));
        }
    }

    /** A piece of a refusal. */
    record RefusalDelta(int choice, String text) implements ChatEvent {
        public RefusalDelta {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A piece of a tool call. The first piece of each call carries its id and name; later pieces carry only more of the
     * arguments' JSON text, split anywhere. Calls are told apart by {@code index}, not by id.
     */
    record ToolCallDelta(
            int choice,
            int index,
            @Nullable String id,
            @Nullable String name,
            String argumentsPart) implements ChatEvent {
        public ToolCallDelta {
            if (index < 0) throw new IllegalArgumentException("tool call index must not be negative");
            Objects.requireNonNull(argumentsPart, "argumentsPart");
        }
    }

    /** Log probabilities of the tokens just streamed, in OpenAI's shape. */
    record Logprobs(int choice, JsonValue content) implements ChatEvent {
        public Logprobs {
            Objects.requireNonNull(content, "content");
        }
    }

    /** A choice ended. */
    record Finished(int choice, FinishReason reason) implements ChatEvent {
        public Finished {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** What the whole completion used. */
    record UsageReported(Usage usage) implements ChatEvent {
        public UsageReported {
            Objects.requireNonNull(usage, "usage");
        }
    }
}
