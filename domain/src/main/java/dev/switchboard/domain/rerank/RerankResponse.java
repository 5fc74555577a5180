package dev.switchboard.domain.rerank;

import dev.switchboard.domain.chat.Usage;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Documents ordered by relevance, most relevant first. */
public record RerankResponse(String model, List<Result> results, Usage usage) {

    public RerankResponse {
        Objects.requireNonNull(model, "model");
        results = List.copyOf(results);
        Objects.requireNonNull(usage, "usage");
    }

    /**
     * One ranked document.
     *
     * @param index the document's position in the request
     * @param document the document, when the request asked for it back
     */
    public record Result(
            int index, double relevanceScore, @Nullable String document) {
        public Result {
            if (index < 0) throw new IllegalArgumentException("result index must not be negative");
        }
    }
}
