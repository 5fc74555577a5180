package dev.switchboard.domain.embedding;

import dev.switchboard.domain.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request for embedding vectors. How the vectors travel back to the client (floats or base64) is the HTTP layer's
 * concern: a provider always returns floats.
 *
 * @param dimensions the vector length wanted, for models that can shorten their vectors
 */
public record EmbeddingRequest(
        String model,
        EmbeddingInput input,
        @Nullable Integer dimensions,
        @Nullable String user,
        Map<String, JsonValue> extensions) {

    public EmbeddingRequest {
        if (model == null || model.isBlank()) throw new IllegalArgumentException("model must not be blank");
        Objects.requireNonNull(input, "input");
        if (dimensions != null && dimensions < 1) throw new IllegalArgumentException("dimensions must be at least 1");
        extensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public static EmbeddingRequest of(String model, String... texts) {
        return new EmbeddingRequest(model, new EmbeddingInput.Texts(List.of(texts)), null, null, Map.of());
    }

    public EmbeddingRequest withModel(String newModel) {
        return new EmbeddingRequest(newModel, input, dimensions, user, extensions);
    }
}
