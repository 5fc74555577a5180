package dev.switchboard.domain.provider;

import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.completion.CompletionResponse;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.model.ModelDescriptor;
import java.util.List;
import java.util.Optional;

/**
 * The provider port, version {@value #VERSION}: what Switchboard asks of every model provider. An adapter translates
 * these calls to its provider's wire format and back.
 *
 * <p>Threading: one instance serves many concurrent calls; each call blocks its caller (a virtual thread) until the
 * answer is there. Requests name the provider's own model ({@code gpt-4o}, not {@code openai/gpt-4o}).
 *
 * <p>Failures: every expected upstream failure is a {@link ProviderException}; anything else is a bug. Operations a
 * provider does not offer fail with {@link ProviderFailure.InvalidRequest}, which is what the defaults do.
 */
public interface ModelProvider {

    /** The version of this port; a factory built for another version is refused at start-up. */
    int VERSION = 1;

    /** The models this provider offers to the given credential. */
    List<ModelDescriptor> models(CallContext context);

    /** A whole chat completion. */
    ChatResponse complete(ChatRequest request, CallContext context);

    /**
     * A streamed chat completion. Returns once the provider has accepted the request (for HTTP: answered 2xx), so that
     * a failure before the first event can still be retried elsewhere; later failures are thrown while reading. The
     * caller must close the stream.
     */
    ChatStream stream(ChatRequest request, CallContext context);

    /** A whole legacy text completion. */
    default CompletionResponse completeText(CompletionRequest request, CallContext context) {
        throw unsupported("text completions");
    }

    /** A streamed legacy text completion, with the same contract as {@link #stream}. */
    default ChatStream streamText(CompletionRequest request, CallContext context) {
        throw unsupported("text completions");
    }

    /** Embedding vectors, one per input, in input order. */
    default EmbeddingResponse embed(EmbeddingRequest request, CallContext context) {
        throw unsupported("embeddings");
    }

    /** Whether the provider answers with this credential. Never throws for an upstream failure: it reports it. */
    Health health(CallContext context);

    /** The audio transcription capability, when the provider has it. */
    default Optional<Transcriber> transcriber() {
        return Optional.empty();
    }

    /** The rerank capability, when the provider has it. */
    default Optional<Reranker> reranker() {
        return Optional.empty();
    }

    /** The model pulling capability (downloading a model onto the provider's server), when the provider has it. */
    default Optional<ModelPuller> puller() {
        return Optional.empty();
    }

    /** The token counting capability, when the provider has it. */
    default Optional<TokenCounter> tokenCounter() {
        return Optional.empty();
    }

    private static ProviderException unsupported(String what) {
        return new ProviderException(
                new ProviderFailure.InvalidRequest("this provider does not offer " + what, "model"));
    }
}
