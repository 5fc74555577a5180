package dev.switchboard.adapters.providers.openai;

import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.Reranker;
import dev.switchboard.domain.rerank.RerankRequest;
import dev.switchboard.domain.rerank.RerankResponse;

/** {@code POST {base}/{rerank_path}} in the configured {@link RerankStyle}. */
final class OpenAiReranker implements Reranker {

    private final Dialect.Rerank rerank;
    private final OpenAiClient client;

    OpenAiReranker(Dialect.Rerank rerank, OpenAiClient client) {
        this.rerank = rerank;
        this.client = client;
    }

    @Override
    public RerankResponse rerank(RerankRequest request, CallContext context) {
        var body = rerank.style().request(request, request.model());
        byte[] answer = client.post(client.resolve(rerank.path()), body, context);
        return rerank.style().read(answer, request);
    }
}
