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
     * Routes the request to its provider and returns the normalized answer. A key that is rate limited or refused is
     * left for the next key of the provider, so the caller sees a failure only when no key can serve.
     *
     * @throws dev.switchboard.domain.provider.ProviderException for an unknown model or any upstream failure
     */
    public ChatResponse complete(ChatRequest request, RequestContext context) {
        Plan plan = routing.plan(request.model(), context);
        return routing.call(plan, context, request.user(), Needs.of(request), (target, call) -> {
            ChatRequest prepared = normalizer.request(request.withModel(target.model()));
            return normalizer.response(target.provider().adapter().complete(prepared, call), prepared);
        });
    }
}
