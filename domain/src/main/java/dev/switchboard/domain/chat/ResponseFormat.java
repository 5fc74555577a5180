package dev.switchboard.domain.chat;

import dev.switchboard.domain.json.JsonValue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The shape the model's answer must take. */
public sealed interface ResponseFormat {

    /** Free text (the default). */
    record Text() implements ResponseFormat {}

    /** Any valid JSON object ("JSON mode"). */
    record JsonObject() implements ResponseFormat {}

    /** JSON following {@code schema} ("structured output"). */
    record JsonSchema(
            String name,
            @Nullable String description,
            JsonValue schema,
            @Nullable Boolean strict) implements ResponseFormat {
        public JsonSchema {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("response_format.json_schema.name must not be blank");
            }
            Objects.requireNonNull(schema, "schema");
        }
    }

    ResponseFormat TEXT = new Text();
    ResponseFormat JSON_OBJECT = new JsonObject();
}
