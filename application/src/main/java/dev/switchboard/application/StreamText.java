package dev.switchboard.application;

import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.normalize.Normalizer;

/** Answers a legacy text completion request as a stream of events. */
public final class StreamText {

    private final Routing routing;
    private final Normalizer normalizer;

    StreamText(Routing routing, Normalizer normalizer) {
        this.routing = routing;
        this.normalizer = normalizer;
    }

    /**
     * Opens the stream at the request's provider, with the same contract as {@link StreamChat#stream}; the
     * {@code Started} event carries a {@code cmpl-} id.
     *
     * @throws dev.switchboard.domain.provider.ProviderException for an unknown model or a failure before the first event
     */
    public ChatStream stream(CompletionRequest request, RequestContext context) {
        Plan plan = routing.plan(request.model(), context);
        var served = new java.util.concurrent.atomic.AtomicReference<String>(request.model());
        Needs needs = Needs.of(request);
        ChatStream upstream = routing.stream(plan, context, request.user(), needs, (target, call) -> {
            served.set(target.model());
            return target.provider().adapter().streamText(request.withModel(target.model()), call);
        });
        return NormalizedStream.text(
                upstream, normalizer, served.get(), needs.prompt().length());
    }
}
