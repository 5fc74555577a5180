package dev.switchboard.domain.chat;

import java.util.Objects;

/**
 * A call the model made to a function.
 *
 * @param arguments the arguments as JSON text, exactly as the model produced them (which may not parse)
 */
public record ToolCall(String id, String name, String arguments) {

    public ToolCall {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("tool call id must not be blank");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("tool call name must not be blank");
        Objects.requireNonNull(arguments, "arguments");
    }
}
