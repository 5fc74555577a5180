package dev.switchboard.application;

import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.normalize.Normalizer;

/** Answers a chat completion request as a stream of events. */
public final class StreamChat {

    private final Routing routing;
    private final Normalizer normalizer;

    StreamChat(Routing routing, Normalizer normalizer) {
        this.routing = routing;
        this.normalizer = normalizer;
    }

    /**
     * Opens the stream at the request's provider, moving on to the provider's next key while one is rate limited or
     * refused; once a provider accepted the request, a failure while reading is thrown and not retried (events may
     * have reached the client). Returns once the provider accepted the request; the first event is
     * always {@code Started} (with a {@code chatcmpl-} id) and the last always {@code UsageReported}. The caller must
     * close the stream.
     *
     * @throws dev.switchboard.domain.provider.ProviderException for an unknown model or a failure before the first
     *     event; later failures are thrown while reading
     */
    public ChatStream stream(ChatRequest request, RequestContext context) {
        Plan plan = routing.plan(request.model(), context);
        var served = new java.util.concurrent.atomic.AtomicReference<String>(request.model());
        Needs needs = Needs.of(request);
        ChatStream upstream = routing.stream(plan, context, request.user(), needs, (target, call) -> {
            served.set(target.model());
            ChatRequest prepared = normalizer.request(request.withModel(target.model()));
            return target.provider().adapter().stream(prepared, call);
        });
        return NormalizedStream.chat(
                upstream, normalizer, served.get(), needs.prompt().length());
    }
}
