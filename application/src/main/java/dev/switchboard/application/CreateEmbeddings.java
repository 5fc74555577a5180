package dev.switchboard.application;

import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.embedding.EmbeddingInput;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.normalize.UsageDefaults;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;

/** Turns texts into embedding vectors. */
public final class CreateEmbeddings {

    private final Routing routing;

    CreateEmbeddings(Routing routing) {
        this.routing = routing;
    }

    /**
     * Routes the request to its provider; the answer has one vector per input, in input order, and usage (estimated
     * when the provider reported none).
     *
     * @throws ProviderException for an unknown model, an upstream failure, or an answer with the wrong number of vectors
     */
    public EmbeddingResponse embed(EmbeddingRequest request, RequestContext context) {
        Plan plan = routing.plan(request.model(), context);
        EmbeddingResponse answer = routing.call(plan, context, request.user(), Needs.NOTHING, (target, call) -> {
            EmbeddingResponse vectors = target.provider().adapter().embed(request.withModel(target.model()), call);
            if (vectors.data().size() != request.input().size()) {
                throw new ProviderException(new ProviderFailure.MalformedResponse(
                        "the provider returned " + vectors.data().size() + " embeddings for "
                                + request.input().size() + " inputs"));
            }
            return vectors;
        });
        if (answer.usage().totalTokens() > 0) return answer;
        return new EmbeddingResponse(answer.model(), answer.data(), estimate(request.input()));
    }

    private static Usage estimate(EmbeddingInput input) {
        int tokens = switch (input) {
            case EmbeddingInput.Texts t ->
                t.texts().stream().mapToInt(UsageDefaults::estimate).sum();
            case EmbeddingInput.Tokens t ->
                t.tokens().stream().mapToInt(java.util.List::size).sum();
        };
        return new Usage(tokens, 0, 0, 0, input instanceof EmbeddingInput.Texts);
    }
}
