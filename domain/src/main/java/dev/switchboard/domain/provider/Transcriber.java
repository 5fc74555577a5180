package dev.switchboard.domain.provider;

import dev.switchboard.domain.audio.Transcription;
import dev.switchboard.domain.audio.TranscriptionRequest;
import dev.switchboard.domain.audio.TranscriptionStream;

/** The optional audio transcription capability of a provider. Same threading and failure contract as {@link ModelProvider}. */
public interface Transcriber {

    /**
     * Transcribes the audio.
     *
     * @throws ProviderException for every expected upstream failure
     */
    Transcription transcribe(TranscriptionRequest request, CallContext context);

    /**
     * Transcribes the audio as a stream of text deltas ending in {@code Done}, as the provider sends them. Returns once
     * the upstream accepted the request; the caller must close the stream, which frees the upstream connection. By
     * default a provider does not stream transcriptions.
     *
     * @throws ProviderException for a failure before the upstream accepted the request ({@code InvalidRequest} about
     *     {@code stream} when the provider does not stream transcriptions); later failures are thrown while reading
     */
    default TranscriptionStream stream(TranscriptionRequest request, CallContext context) {
        throw new ProviderException(
                new ProviderFailure.InvalidRequest("this provider does not stream transcriptions", "stream"));
    }
}
