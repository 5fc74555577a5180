package dev.switchboard.application;

import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.completion.CompletionResponse;
import dev.switchboard.domain.normalize.Normalizer;

/** Answers a legacy text completion request in one piece. */
public final class CompleteText {

    private final Routing routing;
    private final Normalizer normalizer;

    CompleteText(Routing routing, Normalizer normalizer) {
        this.routing = routing;
        this.normalizer = normalizer;
    }

    /**
     * Routes the request to its provider and returns the normalized answer.
     *
     * @throws dev.switchboard.domain.provider.ProviderException for an unknown model or any upstream failure
     */
    public CompletionResponse complete(CompletionRequest request, RequestContext context) {
        Plan plan = routing.plan(request.model(), context);
        return routing.call(plan, context, request.user(), Needs.of(request), (target, call) -> {
            CompletionRequest prepared = request.withModel(target.model());
            return normalizer.response(target.provider().adapter().completeText(prepared, call), prepared);
        });
    }
}
