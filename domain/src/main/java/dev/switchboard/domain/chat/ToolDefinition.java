package dev.switchboard.domain.chat;

import dev.switchboard.domain.json.JsonValue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A function the model may call.
 *
 * @param parameters the JSON Schema of the arguments, passed through untouched
 * @param strict whether the provider must follow the schema exactly, when the client said
 */
public record ToolDefinition(
        String name,
        @Nullable String description,
        JsonValue parameters,
        @Nullable Boolean strict) {

    public ToolDefinition {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("tool name must not be blank");
        Objects.requireNonNull(parameters, "parameters");
    }

    public static ToolDefinition function(String name, String description, JsonValue parameters) {
        return new ToolDefinition(name, description, parameters, null);
    }
}
