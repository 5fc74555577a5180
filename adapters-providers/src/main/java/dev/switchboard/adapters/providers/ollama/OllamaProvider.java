package dev.switchboard.adapters.providers.ollama;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.completion.CompletionResponse;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.Health;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelPuller;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.PullStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Ollama's native API: map with {@link OllamaMapper}, send with {@link OllamaClient}, map back with
 * {@link OllamaResponses}, or read a stream line by line with {@link OllamaLines}. Thread-safe; one instance serves
 * many concurrent calls.
 */
final class OllamaProvider implements ModelProvider, ModelPuller {

    private final OllamaSettings settings;
    private final OllamaClient client;

    OllamaProvider(OllamaSettings settings) {
        this.settings = settings;
        this.client = new OllamaClient(settings);
    }

    @Override
    public List<ModelDescriptor> models(CallContext context) {
        return OllamaModels.list(client, settings.id(), context);
    }

    @Override
    public ChatResponse complete(ChatRequest request, CallContext context) {
        return OllamaResponses.chat(client.post("/api/chat", OllamaMapper.chat(request, settings, false), context));
    }

    @Override
    public ChatStream stream(ChatRequest request, CallContext context) {
        return events("/api/chat", OllamaMapper.chat(request, settings, true), true, context);
    }

    @Override
    public CompletionResponse completeText(CompletionRequest request, CallContext context) {
        var body = OllamaMapper.generate(request, settings, false);
        return OllamaResponses.completion(client.post("/api/generate", body, context));
    }

    @Override
    public ChatStream streamText(CompletionRequest request, CallContext context) {
        return events("/api/generate", OllamaMapper.generate(request, settings, true), false, context);
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request, CallContext context) {
        byte[] answer = client.post("/api/embed", OllamaMapper.embed(request, settings), context);
        return OllamaResponses.embeddings(answer, request.model());
    }

    @Override
    public PullStream pull(String model, CallContext context) {
        ObjectNode body = ProviderJson.object().put("model", model).put("stream", true);
        var lines = OllamaLines.read(client.stream("/api/pull", body, context), new OllamaPullDecoder());
        return PullStream.from(lines, lines::close);
    }

    @Override
    public Optional<ModelPuller> puller() {
        return Optional.of(this);
    }

    /** Up when {@code GET /api/tags} answers with a model list; never throws for an upstream failure. */
    @Override
    public Health health(CallContext context) {
        long start = System.nanoTime();
        try {
            int models = OllamaModels.tags(client.get("/api/tags", context)).size();
            return Health.up(
                    "the model list answered (" + models + " models)", Duration.ofNanos(System.nanoTime() - start));
        } catch (ProviderException e) {
            return Health.down(e.failure().message(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private ChatStream events(String path, ObjectNode body, boolean chat, CallContext context) {
        var lines = OllamaLines.<ChatEvent>read(client.stream(path, body, context), new OllamaStreamDecoder(chat));
        return ChatStream.from(lines, lines::close);
    }
}
