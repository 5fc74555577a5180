package dev.switchboard.domain.rerank;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Orders documents by relevance to a query (Cohere v2 shape).
 *
 * @param topN how many results to return; all when null
 * @param returnDocuments whether each result repeats its document
 */
public record RerankRequest(
        String model,
        String query,
        List<String> documents,
        @Nullable Integer topN,
        boolean returnDocuments) {

    public RerankRequest {
        if (model == null || model.isBlank()) throw new IllegalArgumentException("model must not be blank");
        if (query == null || query.isBlank()) throw new IllegalArgumentException("query must not be blank");
        documents = List.copyOf(documents);
        if (documents.isEmpty()) throw new IllegalArgumentException("documents must not be empty");
        if (topN != null && topN < 1) throw new IllegalArgumentException("top_n must be at least 1");
    }

    public RerankRequest withModel(String newModel) {
        return new RerankRequest(newModel, query, documents, topN, returnDocuments);
    }
}
