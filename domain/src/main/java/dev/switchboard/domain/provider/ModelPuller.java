package dev.switchboard.domain.provider;

/**
 * The optional capability of downloading a model onto the provider's own server, as Ollama's {@code /api/pull} does.
 * Same threading and failure contract as {@link ModelProvider}.
 */
public interface ModelPuller {

    /**
     * Starts pulling {@code model} (the provider's own name, such as {@code llama3.2}) and returns its progress as the
     * provider reports it. Returns once the provider accepted the request; a failure after that is thrown while
     * reading. The caller must close the stream, which stops reading (the provider may finish the download anyway).
     *
     * @throws ProviderException for every expected upstream failure before the progress began
     */
    PullStream pull(String model, CallContext context);
}
