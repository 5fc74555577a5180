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
        Target target = routing.target(request.model(), context);
        EmbeddingRequest prepared = request.withModel(target.model());
        EmbeddingResponse answer = routing.call(
                target,
                context,
                request.user(),
                call -> target.provider().adapter().embed(prepared, call));
        if (answer.data().size() != prepared.input().size()) {
            throw new ProviderException(new ProviderFailure.MalformedResponse(
                    "the provider returned " + answer.data().size() + " embeddings for "
                            + prepared.input().size() + " inputs"));
        }
        if (answer.usage().totalTokens() > 0) return answer;
        return new EmbeddingResponse(answer.model(), answer.data(), estimate(prepared.input()));
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
