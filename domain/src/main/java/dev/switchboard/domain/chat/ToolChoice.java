package dev.switchboard.domain.chat;

/** Whether and which tool the model must call. */
public sealed interface ToolChoice {

    /** The model decides. */
    record Auto() implements ToolChoice {}

    /** The model must not call a tool. */
    record None() implements ToolChoice {}

    /** The model must call at least one tool. */
    record Required() implements ToolChoice {}

    /** The model must call the named function. */
    record Function(String name) implements ToolChoice {
        public Function {
            if (name == null || name.isBlank())
                throw new IllegalArgumentException("tool_choice name must not be blank");
        }
    }

    ToolChoice AUTO = new Auto();
    ToolChoice NONE = new None();
    ToolChoice REQUIRED = new Required();
}
