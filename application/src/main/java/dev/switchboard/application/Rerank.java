package dev.switchboard.application;

import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.normalize.UsageDefaults;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.provider.Reranker;
import dev.switchboard.domain.rerank.RerankRequest;
import dev.switchboard.domain.rerank.RerankResponse;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/** Orders documents by their relevance to a query, through a provider that offers reranking. */
public final class Rerank {

    private final Routing routing;

    Rerank(Routing routing) {
        this.routing = routing;
    }

    /**
     * Routes the request to its provider. The answer holds at most {@code topN} results, most relevant first, each
     * naming a document of the request once; each repeats its document exactly when the request asked for that;
     * usage is estimated when the provider reported none.
     *
     * @throws ProviderException for an unknown model ({@code ModelNotFound}), a provider that does not offer
     *     reranking ({@code InvalidRequest} about {@code model}), an upstream failure, or an answer naming a document
     *     the request did not hold ({@code MalformedResponse})
     */
    public RerankResponse rerank(RerankRequest request, RequestContext context) {
        Plan plan = routing.plan(request.model(), context);
        RerankResponse answer = routing.call(plan, context, null, Needs.NOTHING, (target, call) -> {
            Reranker reranker = target.provider()
                    .adapter()
                    .reranker()
                    .orElseThrow(() -> new ProviderException(new ProviderFailure.InvalidRequest(
                            "provider " + target.provider().id() + " does not offer reranking", "model")));
            RerankResponse ranked = reranker.rerank(request.withModel(target.model()), call);
            checkIndexes(ranked, request.documents().size());
            return ranked;
        });
        Usage usage = answer.usage().totalTokens() > 0 ? answer.usage() : estimate(request);
        return new RerankResponse(answer.model(), results(answer, request), usage);
    }

    private static void checkIndexes(RerankResponse answer, int documents) {
        var seen = new BitSet(documents);
        for (RerankResponse.Result result : answer.results()) {
            int index = result.index();
            if (index >= documents) {
                throw malformed("the provider ranked document " + index + " of " + documents + " (indexes start at 0)");
            }
            if (seen.get(index)) throw malformed("the provider ranked document " + index + " twice");
            seen.set(index);
        }
    }

    private static ProviderException malformed(String message) {
        return new ProviderException(new ProviderFailure.MalformedResponse(message));
    }

    /**
     * Most relevant first, cut to {@code topN} (a provider may ignore it), each result repeating its document exactly
     * when asked: the gateway knows the documents, so a provider that does not return them still answers correctly.
     */
    private static List<RerankResponse.Result> results(RerankResponse answer, RerankRequest request) {
        int limit = request.topN() == null ? Integer.MAX_VALUE : request.topN();
        return answer.results().stream()
                .sorted(Comparator.comparingDouble(RerankResponse.Result::relevanceScore)
                        .reversed())
                .limit(limit)
                .map(result -> new RerankResponse.Result(
                        result.index(),
                        result.relevanceScore(),
                        request.returnDocuments() ? request.documents().get(result.index()) : null))
                .toList();
    }

    /** A cross-encoder reads the query with each document, so every pair counts. */
    private static Usage estimate(RerankRequest request) {
        int query = UsageDefaults.estimate(request.query());
        int tokens = request.documents().stream()
                .mapToInt(document -> query + UsageDefaults.estimate(document))
                .sum();
        return new Usage(tokens, 0, 0, 0, true);
    }
}
