package dev.switchboard.adapters.providers.gemini;

import dev.switchboard.adapters.providers.shared.SseChatStream;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.Health;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Gemini's native API: map with {@link GeminiMapper}, send with {@link GeminiClient}, map back with
 * {@link GeminiResponses}, {@link GeminiStreamDecoder}, {@link GeminiEmbeddings} and {@link GeminiModels}.
 * Thread-safe; one instance serves many concurrent calls.
 */
final class GeminiProvider implements ModelProvider {

    /** Models asked for per page, the API's maximum. */
    private static final int PAGE_SIZE = 1000;

    /** Pages of the model list read at most, so that an upstream that always says "more" cannot hold a call. */
    private static final int MAX_PAGES = 20;

    private final GeminiSettings settings;
    private final GeminiEndpoints endpoints;
    private final GeminiClient client;

    /** @param environment reads an environment variable, for the application default credentials' lookup */
    GeminiProvider(GeminiSettings settings, Function<String, @Nullable String> environment) {
        var auth = new GeminiAuth(settings.adc(), settings.vertex() != null, environment);
        this.settings = settings;
        this.endpoints = new GeminiEndpoints(settings, auth);
        this.client = new GeminiClient(settings, auth);
    }

    @Override
    public List<ModelDescriptor> models(CallContext context) {
        if (settings.vertex() != null) {
            return settings.models().stream()
                    .map(name -> GeminiModels.configured(name, settings.id()))
                    .toList();
        }
        var models = new ArrayList<ModelDescriptor>();
        String token = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            var read = GeminiModels.read(client.get(endpoints.models(PAGE_SIZE, token), context), settings.id());
            models.addAll(read.models());
            if (read.nextPageToken() == null || read.nextPageToken().equals(token)) break;
            token = read.nextPageToken();
        }
        return models;
    }

    @Override
    public ChatResponse complete(ChatRequest request, CallContext context) {
        var body = GeminiMapper.body(request);
        byte[] answer = client.post(endpoints.generate(request.model(), false, context.credential()), body, context);
        return GeminiResponses.read(answer, request.model());
    }

    @Override
    public ChatStream stream(ChatRequest request, CallContext context) {
        var body = GeminiMapper.body(request);
        var events = client.stream(endpoints.generate(request.model(), true, context.credential()), body, context);
        return new SseChatStream(
                events,
                new GeminiStreamDecoder(request.model(), request.sampling().choices()));
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request, CallContext context) {
        List<String> texts = GeminiEmbeddings.texts(request);
        if (settings.vertex() != null) return predict(request, texts, context);
        var uri = endpoints.embed(request.model(), texts.size() > 1);
        byte[] answer = client.post(uri, GeminiEmbeddings.body(request, texts), context);
        return GeminiEmbeddings.read(answer, request.model(), texts.size());
    }

    /** Vertex AI's embeddings: one {@code :predict} per batch the model takes. */
    private EmbeddingResponse predict(EmbeddingRequest request, List<String> texts, CallContext context) {
        var uri = endpoints.predict(request.model(), context.credential());
        var parts = new ArrayList<GeminiVertexEmbeddings.Part>();
        for (List<String> batch : GeminiVertexEmbeddings.batches(request.model(), texts)) {
            byte[] answer = client.post(uri, GeminiVertexEmbeddings.body(request, batch), context);
            parts.add(GeminiVertexEmbeddings.read(answer, batch.size()));
        }
        return GeminiVertexEmbeddings.response(request.model(), parts);
    }

    /**
     * Up when {@code GET /v1beta/models} answers 2xx with this credential (on Vertex AI, when an access token could be
     * had); never throws for an upstream failure.
     */
    @Override
    public Health health(CallContext context) {
        long start = System.nanoTime();
        try {
            if (settings.vertex() != null) {
                endpoints.generate("gemini", false, context.credential());
                client.probeAuth(context);
                return Health.up("an OAuth 2 access token was obtained", since(start));
            }
            client.get(endpoints.models(1, null), context);
            return Health.up("the model list answered", since(start));
        } catch (ProviderException e) {
            return Health.down(e.failure().message(), since(start));
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
