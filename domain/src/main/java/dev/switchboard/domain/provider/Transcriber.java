package dev.switchboard.domain.provider;

import dev.switchboard.domain.audio.Transcription;
import dev.switchboard.domain.audio.TranscriptionRequest;

/** The optional audio transcription capability of a provider. Same threading and failure contract as {@link ModelProvider}. */
public interface Transcriber {

    /**
     * Transcribes the audio.
     *
     * @throws ProviderException for every expected upstream failure
     */
    Transcription transcribe(TranscriptionRequest request, CallContext context);
}
