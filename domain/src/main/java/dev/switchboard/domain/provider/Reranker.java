package dev.switchboard.domain.provider;

import dev.switchboard.domain.rerank.RerankRequest;
import dev.switchboard.domain.rerank.RerankResponse;

/** The optional rerank capability of a provider. Same threading and failure contract as {@link ModelProvider}. */
public interface Reranker {

    /**
     * Orders the documents by relevance to the query.
     *
     * @throws ProviderException for every expected upstream failure
     */
    RerankResponse rerank(RerankRequest request, CallContext context);
}
