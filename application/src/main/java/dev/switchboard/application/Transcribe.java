package dev.switchboard.application;

import dev.switchboard.domain.audio.Transcription;
import dev.switchboard.domain.audio.TranscriptionRequest;
import dev.switchboard.domain.audio.TranscriptionStream;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.provider.Transcriber;

/** Turns speech into text, through a provider that offers audio transcriptions. */
public final class Transcribe {

    private final Routing routing;

    Transcribe(Routing routing) {
        this.routing = routing;
    }

    /**
     * Routes the request to its provider, which answers in the format the request asked for.
     *
     * @throws ProviderException for an unknown model ({@code ModelNotFound}), a provider that does not offer audio
     *     transcriptions ({@code InvalidRequest} about {@code model}), or an upstream failure
     */
    public Transcription transcribe(TranscriptionRequest request, RequestContext context) {
        Plan plan = routing.plan(request.model(), context);
        return routing.call(
                plan,
                context,
                null,
                Needs.NOTHING,
                (target, call) -> transcriber(target).transcribe(request.withModel(target.model()), call));
    }

    /**
     * Routes the request like {@link #transcribe} and opens the provider's stream of text deltas, which ends in
     * {@code Done}. Returns once the upstream accepted the request; a failure before that is thrown here, as for a
     * whole transcription, and later ones while reading. The caller must close the stream; closing frees the upstream.
     *
     * @throws ProviderException as {@link #transcribe} does, and {@code InvalidRequest} about {@code stream} for a
     *     provider that transcribes but does not stream
     */
    public TranscriptionStream stream(TranscriptionRequest request, RequestContext context) {
        Plan plan = routing.plan(request.model(), context);
        return routing.call(
                plan,
                context,
                null,
                Needs.NOTHING,
                (target, call) -> transcriber(target).stream(request.withModel(target.model()), call));
    }

    private static Transcriber transcriber(Target target) {
        return target.provider()
                .adapter()
                .transcriber()
                .orElseThrow(() -> new ProviderException(new ProviderFailure.InvalidRequest(
                        "provider " + target.provider().id() + " does not offer audio transcriptions", "model")));
    }
}
