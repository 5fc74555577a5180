package dev.switchboard.adapters.providers.openai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.Failures;
import dev.switchboard.adapters.providers.shared.SseChatStream;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.completion.CompletionResponse;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.Health;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.provider.Reranker;
import dev.switchboard.domain.provider.Transcriber;
import dev.switchboard.openai.wire.ChatRequestWriter;
import dev.switchboard.openai.wire.ChatResponseReader;
import dev.switchboard.openai.wire.CompletionCodec;
import dev.switchboard.openai.wire.EmbeddingCodec;
import dev.switchboard.openai.wire.ModelListReader;
import dev.switchboard.openai.wire.WireFormatException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every member of the OpenAI family, set up by a {@link Dialect}: map with the shared wire codec, send with
 * {@link OpenAiClient}, map back. Thread-safe; one instance serves many concurrent calls.
 */
final class OpenAiProvider implements ModelProvider {

    private final Dialect dialect;
    private final OpenAiClient client;

    OpenAiProvider(Dialect dialect) {
        this.dialect = dialect;
        this.client = new OpenAiClient(dialect);
    }

    @Override
    public List<ModelDescriptor> models(CallContext context) {
        if (!dialect.fixedModels().isEmpty()) {
            return dialect.fixedModels().stream()
                    .map(name -> ModelDescriptor.named(
                            new ModelRef(dialect.id(), name), dialect.id().value()))
                    .toList();
        }
        byte[] body = client.get(offered(Operation.MODELS), context);
        return read(() -> ModelListReader.read(body, dialect.id()));
    }

    @Override
    public ChatResponse complete(ChatRequest request, CallContext context) {
        ObjectNode body = dialect.chatBody(ChatRequestWriter.toNode(request, false));
        byte[] answer = client.post(offered(Operation.CHAT), request.model(), body, context);
        return read(() -> ChatResponseReader.read(answer));
    }

    @Override
    public ChatStream stream(ChatRequest request, CallContext context) {
        ObjectNode body = dialect.chatBody(ChatRequestWriter.toNode(request, true));
        return new SseChatStream(
                client.stream(offered(Operation.CHAT), request.model(), body, context), new OpenAiStreamDecoder());
    }

    @Override
    public CompletionResponse completeText(CompletionRequest request, CallContext context) {
        ObjectNode body = dialect.withModel(CompletionCodec.toNode(request, false));
        byte[] answer = client.post(offered(Operation.COMPLETIONS), request.model(), body, context);
        return read(() -> CompletionCodec.read(answer));
    }

    @Override
    public ChatStream streamText(CompletionRequest request, CallContext context) {
        ObjectNode body = dialect.withModel(CompletionCodec.toNode(request, true));
        return new SseChatStream(
                client.stream(offered(Operation.COMPLETIONS), request.model(), body, context),
                new OpenAiStreamDecoder());
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request, CallContext context) {
        ObjectNode body = dialect.withModel(EmbeddingCodec.toNode(request));
        byte[] answer = client.post(offered(Operation.EMBEDDINGS), request.model(), body, context);
        return read(() -> EmbeddingCodec.read(answer));
    }

    /** Up when {@code GET /models} answers 2xx with this credential; never throws for an upstream failure. */
    @Override
    public Health health(CallContext context) {
        long start = System.nanoTime();
        try {
            client.get(Operation.MODELS, context);
            return Health.up("the model list answered", Duration.ofNanos(System.nanoTime() - start));
        } catch (ProviderException e) {
            return Health.down(e.failure().message(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    @Override
    public Optional<Transcriber> transcriber() {
        if (!dialect.offers(Operation.TRANSCRIPTIONS)) return Optional.empty();
        return Optional.of(new OpenAiTranscriber(dialect, client));
    }

    @Override
    public Optional<Reranker> reranker() {
        Dialect.Rerank rerank = dialect.rerank();
        return rerank == null ? Optional.empty() : Optional.of(new OpenAiReranker(rerank, client));
    }

    private Operation offered(Operation operation) {
        if (dialect.offers(operation)) return operation;
        throw new ProviderException(new ProviderFailure.InvalidRequest(
                "provider " + dialect.id() + " does not offer " + operation.description(), "model"));
    }

    /** Reads an answer with the wire codec; an answer outside the format is the upstream's fault. */
    static <T> T read(Supplier<T> reader) {
        try {
            return reader.get();
        } catch (WireFormatException e) {
            throw new ProviderException(Failures.malformed(WireProblems.describe(e)), e);
        }
    }
}
