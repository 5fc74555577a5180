package dev.switchboard.domain.embedding;

import dev.switchboard.domain.chat.Usage;
import java.util.List;
import java.util.Objects;

/** The vectors for an {@link EmbeddingRequest}, one per input, in input order. */
public record EmbeddingResponse(String model, List<Embedding> data, Usage usage) {

    public EmbeddingResponse {
        Objects.requireNonNull(model, "model");
        data = List.copyOf(data);
        Objects.requireNonNull(usage, "usage");
    }
}
