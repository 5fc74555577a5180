package dev.switchboard.application;

import dev.switchboard.domain.audio.Transcription;
import dev.switchboard.domain.audio.TranscriptionRequest;
import dev.switchboard.domain.audio.TranscriptionStream;
import dev.switchboard.domain.catalog.Route;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.completion.CompletionResponse;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ModelProviderFactory;
import dev.switchboard.domain.provider.ProviderSettings;
import dev.switchboard.domain.rerank.RerankRequest;
import dev.switchboard.domain.rerank.RerankResponse;
import dev.switchboard.domain.store.Storage;
import dev.switchboard.domain.store.StorageFactory;
import dev.switchboard.domain.telemetry.Telemetry;
import dev.switchboard.domain.usage.Endpoint;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * Switchboard as a library: one object that answers chat, completion, embedding, transcription, rerank and model
 * requests across every configured provider, with no HTTP involved. Thread-safe; create one per application and close it on shutdown.
 *
 * <pre>{@code
 * try (var gateway = Gateway.start(settings)) {
 *     var answer = gateway.chat(ChatRequest.of("openai/gpt-4o-mini", Message.user("Hello")), RequestContext.generated());
 * }
 * }</pre>
 *
 * <p>Failures are {@link dev.switchboard.domain.provider.ProviderException}s (an unknown model is {@code
 * ModelNotFound}); invalid arguments are {@link IllegalArgumentException}s.
 */
public final class Gateway implements AutoCloseable {

    private final GatewayParts parts;

    private Gateway(GatewayParts parts) {
        this.parts = parts;
    }

    /**
     * Starts a gateway with the provider adapters and the storage found on the module path (or class path) through
     * {@link ServiceLoader}. Without a persistence module, or without storage settings, state is kept in memory.
     *
     * @throws IllegalArgumentException when a provider's type has no adapter or a setting is wrong
     * @throws IllegalStateException when the database cannot be opened
     */
    public static Gateway start(GatewaySettings settings) {
        return start(settings, Telemetry.NONE);
    }

    /** Like {@link #start(GatewaySettings)}, telling {@code telemetry} about every request, upstream call and key event. */
    public static Gateway start(GatewaySettings settings, Telemetry telemetry) {
        List<ModelProviderFactory> factories = ServiceLoader.load(ModelProviderFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        StorageFactory storage =
                ServiceLoader.load(StorageFactory.class).findFirst().orElse(null);
        return start(settings, factories, storage, telemetry);
    }

    /**
     * Starts a gateway with the given adapters; a null {@code storageFactory} keeps state in memory. Two virtual
     * threads run until {@link #close()}: one writes behind when each key was last used, one probes disabled keys.
     */
    public static Gateway start(
            GatewaySettings settings, List<ModelProviderFactory> factories, @Nullable StorageFactory storageFactory) {
        return start(settings, factories, storageFactory, Telemetry.NONE);
    }

    /**
     * Starts a gateway with the given adapters that tells {@code telemetry} about every request, upstream call and key
     * rotation event (for metrics and traces).
     */
    public static Gateway start(
            GatewaySettings settings,
            List<ModelProviderFactory> factories,
            @Nullable StorageFactory storageFactory,
            Telemetry telemetry) {
        return start(settings, factories, storageFactory, Clock.systemUTC(), telemetry);
    }

    /** Starts a gateway whose key rotation reads {@code clock}. */
    static Gateway start(
            GatewaySettings settings,
            List<ModelProviderFactory> factories,
            @Nullable StorageFactory storageFactory,
            Clock clock) {
        return start(settings, factories, storageFactory, clock, Telemetry.NONE);
    }

    static Gateway start(
            GatewaySettings settings,
            List<ModelProviderFactory> factories,
            @Nullable StorageFactory storageFactory,
            Clock clock,
            Telemetry telemetry) {
        // The gateway's timeout is every provider's default; an entry's own request_timeout still wins.
        List<ProviderSettings> providers = settings.providers().stream()
                .map(p -> new ProviderSettings(p.id(), p.type(), p.values(), settings.requestTimeout()))
                .toList();
        var directory = ProviderDirectory.create(providers, factories);
        var storageSettings = settings.storage();
        Storage storage = storageFactory == null || storageSettings == null
                ? new InMemoryStorage()
                : storageFactory.open(storageSettings);
        Gateway gateway;
        try {
            KeySeeding.seed(storage, settings, clock);
            gateway = new Gateway(new GatewayParts(storage, directory, settings, clock, telemetry));
            gateway.parts.routes.seed(settings.allRoutes());
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
        gateway.parts.catalog.warmUp();
        gateway.parts.background.forEach(Periodic::start);
        return gateway;
    }

    /** See {@link CompleteChat#complete}. */
    public ChatResponse chat(ChatRequest request, RequestContext context) {
        return parts.usage.whole(
                Endpoint.CHAT,
                request.model(),
                context,
                () -> parts.completeChat.complete(request, context),
                r -> r.usage());
    }

    /** See {@link StreamChat#stream}. */
    public ChatStream streamChat(ChatRequest request, RequestContext context) {
        return parts.usage.stream(
                Endpoint.CHAT, request.model(), context, () -> parts.streamChat.stream(request, context));
    }

    /** See {@link CompleteText#complete}. */
    public CompletionResponse complete(CompletionRequest request, RequestContext context) {
        return parts.usage.whole(
                Endpoint.COMPLETIONS,
                request.model(),
                context,
                () -> parts.completeText.complete(request, context),
                r -> r.usage());
    }

    /** See {@link StreamText#stream}. */
    public ChatStream streamCompletion(CompletionRequest request, RequestContext context) {
        return parts.usage.stream(
                Endpoint.COMPLETIONS, request.model(), context, () -> parts.streamText.stream(request, context));
    }

    /** See {@link CreateEmbeddings#embed}. */
    public EmbeddingResponse embed(EmbeddingRequest request, RequestContext context) {
        return parts.usage.whole(
                Endpoint.EMBEDDINGS,
                request.model(),
                context,
                () -> parts.createEmbeddings.embed(request, context),
                r -> r.usage());
    }

    /** See {@link Transcribe#transcribe}. */
    public Transcription transcribe(TranscriptionRequest request, RequestContext context) {
        // A transcription reports no tokens: it is recorded with none, and no cost.
        return parts.usage.whole(
                Endpoint.TRANSCRIPTIONS,
                request.model(),
                context,
                () -> parts.transcribe.transcribe(request, context),
                r -> dev.switchboard.domain.chat.Usage.ZERO);
    }

    /** See {@link Transcribe#stream}; the caller must close the stream. */
    public TranscriptionStream streamTranscription(TranscriptionRequest request, RequestContext context) {
        return parts.usage.transcription(context, request.model(), () -> parts.transcribe.stream(request, context));
    }

    /** See {@link Rerank#rerank}. */
    public RerankResponse rerank(RerankRequest request, RequestContext context) {
        return parts.usage.whole(
                Endpoint.RERANK, request.model(), context, () -> parts.rerank.rerank(request, context), r -> r.usage());
    }

    /** See {@link ListModels#list}. */
    public List<ModelDescriptor> models(RequestContext context) {
        return parts.listModels.list(context);
    }

    /** See {@link ListModels#find}. */
    public Optional<ModelDescriptor> model(String id, RequestContext context) {
        return parts.listModels.find(id, context);
    }

    /** The aliases and fallback chains clients may name as a model, by name. */
    public List<Route> routes() {
        return parts.routes.all();
    }

    public boolean hasProvider(ProviderId id) {
        return parts.directory.find(id).isPresent();
    }

    /** See {@link CheckReadiness#check}. */
    public Readiness readiness() {
        return parts.checkReadiness.check();
    }

    /** The admin use cases: manage each provider's keys live, and read the audit log. */
    public Administration admin() {
        return parts.admin;
    }

    /** Usage totals and records from the ledger. */
    public ReadUsage usage() {
        return parts.readUsage;
    }

    /** The operator's side of routing: aliases and fallback chains, the catalogue, provider status. */
    public Operations operations() {
        return parts.operations;
    }

    /**
     * Stops the background threads, writes what is still kept in memory and releases the database; do not use the
     * gateway afterwards.
     */
    @Override
    public void close() {
        try (Storage storage = parts.storage) {
            parts.stop();
        }
    }
}
