package dev.switchboard.application;

import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.normalize.Normalizer;

/** Answers a chat completion request in one piece. */
public final class CompleteChat {

    private final Routing routing;
    private final Normalizer normalizer;

    CompleteChat(Routing routing, Normalizer normalizer) {
        this.routing = routing;
        this.normalizer = normalizer;
    }

    /**
     * Routes the request to its provider and returns the normalized answer.
     *
     * @throws dev.switchboard.domain.provider.ProviderException for an unknown model or any upstream failure
     */
    public ChatResponse complete(ChatRequest request, RequestContext context) {
        Route route = routing.route(request.model(), context);
        ChatRequest prepared = normalizer.request(request.withModel(route.model()));
        ChatResponse answer = route.provider().adapter().complete(prepared, route.call());
        return normalizer.response(answer, prepared);
    }
}
