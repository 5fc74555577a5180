package dev.switchboard.application;

import dev.switchboard.domain.audio.Transcription;
import dev.switchboard.domain.audio.TranscriptionRequest;
import dev.switchboard.domain.audio.TranscriptionStream;
import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.catalog.CapabilityTable;
import dev.switchboard.domain.catalog.PriceTable;
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
import dev.switchboard.domain.normalize.Normalizer;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.ModelProviderFactory;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.provider.ProviderSettings;
import dev.switchboard.domain.rerank.RerankRequest;
import dev.switchboard.domain.rerank.RerankResponse;
import dev.switchboard.domain.rotation.RotationPolicy;
import dev.switchboard.domain.store.Storage;
import dev.switchboard.domain.store.StorageFactory;
import dev.switchboard.domain.usage.Endpoint;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.random.RandomGenerator;
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

    /** How often successes kept in memory are written to the store (when each key was last used). */
    private static final Duration FLUSH_INTERVAL = Duration.ofSeconds(5);

    /** How often routes are read again from the store (changes made on other nodes). */
    private static final Duration ROUTE_REFRESH = Duration.ofSeconds(5);

    /** How often a provider whose model listing failed is asked again. */
    private static final Duration CATALOGUE_RETRY = Duration.ofSeconds(30);

    /** How often usage records are written to the ledger: what a crash may lose. */
    private static final Duration LEDGER_FLUSH = Duration.ofSeconds(1);

    private final Storage storage;
    private final ProviderDirectory directory;
    private final CompleteChat completeChat;
    private final StreamChat streamChat;
    private final CompleteText completeText;
    private final StreamText streamText;
    private final CreateEmbeddings createEmbeddings;
    private final Transcribe transcribe;
    private final Rerank rerank;
    private final ListModels listModels;
    private final CheckReadiness checkReadiness;
    private final Administration admin;
    private final Operations operations;
    private final Rotation rotation;
    private final RouteBook routes;
    private final ModelCatalog catalog;
    private final List<Periodic> background;
    private final UsageQueue usageQueue;
    private final UsageRecorder usage;
    private final ReadUsage readUsage;

    private Gateway(Storage storage, ProviderDirectory directory, GatewaySettings settings, Clock clock) {
        this.storage = storage;
        this.directory = directory;
        var random = RandomGenerator.of("L64X128MixRandom");
        var normalizer = new Normalizer(Clock.systemUTC(), random);
        KeyRotationSettings keys = settings.rotation();
        var policy = new RotationPolicy(keys.rules(), clock, new Random());
        this.rotation = new Rotation(storage, policy, keys.refresh(), clock);
        ResilienceSettings resilience = settings.resilience();
        this.routes = new RouteBook(storage.routes(), ROUTE_REFRESH, clock);
        this.catalog = new ModelCatalog(
                directory,
                provider -> provider.adapter().models(listingCall(rotation, provider)),
                storage.modelCatalog(),
                CapabilityTable.bundled(),
                resilience.catalogueTtl(),
                clock);
        var resolver = new ModelResolver(directory, routes, catalog, random);
        var guards = new Resilience(resilience, clock);
        var attempts = new TargetAttempts(rotation, guards, wait -> Thread.sleep(wait));
        var check = new CapabilityCheck(new TokenEstimator());
        var routing =
                new Routing(directory, rotation, resolver, catalog, check, guards, attempts, settings.requestTimeout());
        var health = new ProviderHealth(routing, clock);
        var probe = new Probe(directory, storage, policy, rotation, clock);
        this.usageQueue = new UsageQueue(storage.usage());
        this.usage = new UsageRecorder(usageQueue, PriceTable.bundled(), clock);
        this.readUsage = new ReadUsage(storage.usage(), usageQueue);
        this.background = List.of(
                new Periodic("switchboard-usage-ledger", LEDGER_FLUSH, usageQueue::flush),
                new Periodic("switchboard-usage-flush", FLUSH_INTERVAL, rotation::flush),
                new Periodic("switchboard-key-probe", keys.probeInterval(), probe::run),
                new Periodic("switchboard-health", resilience.healthInterval(), health::checkAll),
                new Periodic("switchboard-catalogue", CATALOGUE_RETRY, catalog::refreshStale));
        this.completeChat = new CompleteChat(routing, normalizer);
        this.streamChat = new StreamChat(routing, normalizer);
        this.completeText = new CompleteText(routing, normalizer);
        this.streamText = new StreamText(routing, normalizer);
        this.createEmbeddings = new CreateEmbeddings(routing);
        this.transcribe = new Transcribe(routing);
        this.rerank = new Rerank(routing);
        this.listModels = new ListModels(directory, catalog, resolver);
        this.checkReadiness = new CheckReadiness(storage, routing, health);
        var manageRoutes = new ManageRoutes(storage.routes(), routes, directory, storage.auditLog(), clock);
        var describe = new DescribeProviders(directory, health, guards, catalog);
        // Rotation keeps each provider's profiles in memory: an admin change makes it read them again at once.
        // A pulled model shows in the catalogue at once, not when its provider's list is next refreshed.
        var pullModel = new PullModel(routing, catalog::refreshProvider);
        this.admin = new Administration(storage, directory, rotation::invalidate, clock, pullModel);
        this.operations = new Operations(manageRoutes, catalog, describe);
    }

    /** A call with any usable key, which takes no turn in rotation: listing models says nothing about keys. */
    private static CallContext listingCall(Rotation rotation, ProviderEntry provider) {
        Credential credential = rotation.anyUsable(provider.id())
                .orElseThrow(() -> new ProviderException(new ProviderFailure.RateLimited(
                        "no key of provider " + provider.id() + " is usable now", null)));
        return new CallContext(credential, RequestContext.newRequestId(), provider.timeout());
    }

    /**
     * Starts a gateway with the provider adapters and the storage found on the module path (or class path) through
     * {@link ServiceLoader}. Without a persistence module, or without storage settings, state is kept in memory.
     *
     * @throws IllegalArgumentException when a provider's type has no adapter or a setting is wrong
     * @throws IllegalStateException when the database cannot be opened
     */
    public static Gateway start(GatewaySettings settings) {
        List<ModelProviderFactory> factories = ServiceLoader.load(ModelProviderFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        StorageFactory storage =
                ServiceLoader.load(StorageFactory.class).findFirst().orElse(null);
        return start(settings, factories, storage);
    }

    /**
     * Starts a gateway with the given adapters; a null {@code storageFactory} keeps state in memory. Two virtual
     * threads run until {@link #close()}: one writes behind when each key was last used, one probes disabled keys.
     */
    public static Gateway start(
            GatewaySettings settings, List<ModelProviderFactory> factories, @Nullable StorageFactory storageFactory) {
        return start(settings, factories, storageFactory, Clock.systemUTC());
    }

    /** Starts a gateway whose key rotation reads {@code clock}. */
    static Gateway start(
            GatewaySettings settings,
            List<ModelProviderFactory> factories,
            @Nullable StorageFactory storageFactory,
            Clock clock) {
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
            gateway = new Gateway(storage, directory, settings, clock);
            gateway.routes.seed(settings.allRoutes());
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
        gateway.catalog.warmUp();
        gateway.background.forEach(Periodic::start);
        return gateway;
    }

    /** See {@link CompleteChat#complete}. */
    public ChatResponse chat(ChatRequest request, RequestContext context) {
        return usage.whole(
                Endpoint.CHAT, request.model(), context, () -> completeChat.complete(request, context), r -> r.usage());
    }

    /** See {@link StreamChat#stream}. */
    public ChatStream streamChat(ChatRequest request, RequestContext context) {
        return usage.stream(Endpoint.CHAT, request.model(), context, () -> streamChat.stream(request, context));
    }

    /** See {@link CompleteText#complete}. */
    public CompletionResponse complete(CompletionRequest request, RequestContext context) {
        return usage.whole(
                Endpoint.COMPLETIONS,
                request.model(),
                context,
                () -> completeText.complete(request, context),
                r -> r.usage());
    }

    /** See {@link StreamText#stream}. */
    public ChatStream streamCompletion(CompletionRequest request, RequestContext context) {
        return usage.stream(Endpoint.COMPLETIONS, request.model(), context, () -> streamText.stream(request, context));
    }

    /** See {@link CreateEmbeddings#embed}. */
    public EmbeddingResponse embed(EmbeddingRequest request, RequestContext context) {
        return usage.whole(
                Endpoint.EMBEDDINGS,
                request.model(),
                context,
                () -> createEmbeddings.embed(request, context),
                r -> r.usage());
    }

    /** See {@link Transcribe#transcribe}. */
    public Transcription transcribe(TranscriptionRequest request, RequestContext context) {
        // A transcription reports no tokens: it is recorded with none, and no cost.
        return usage.whole(
                Endpoint.TRANSCRIPTIONS,
                request.model(),
                context,
                () -> transcribe.transcribe(request, context),
                r -> dev.switchboard.domain.chat.Usage.ZERO);
    }

    /** See {@link Transcribe#stream}; the caller must close the stream. */
    public TranscriptionStream streamTranscription(TranscriptionRequest request, RequestContext context) {
        return transcribe.stream(request, context);
    }

    /** See {@link Rerank#rerank}. */
    public RerankResponse rerank(RerankRequest request, RequestContext context) {
        return usage.whole(
                Endpoint.RERANK, request.model(), context, () -> rerank.rerank(request, context), r -> r.usage());
    }

    /** See {@link ListModels#list}. */
    public List<ModelDescriptor> models(RequestContext context) {
        return listModels.list(context);
    }

    /** See {@link ListModels#find}. */
    public Optional<ModelDescriptor> model(String id, RequestContext context) {
        return listModels.find(id, context);
    }

    /** The aliases and fallback chains clients may name as a model, by name. */
    public List<Route> routes() {
        return routes.all();
    }

    public boolean hasProvider(ProviderId id) {
        return directory.find(id).isPresent();
    }

    /** See {@link CheckReadiness#check}. */
    public Readiness readiness() {
        return checkReadiness.check();
    }

    /** The admin use cases: manage each provider's keys live, and read the audit log. */
    public Administration admin() {
        return admin;
    }

    /** Usage totals and records from the ledger. */
    public ReadUsage usage() {
        return readUsage;
    }

    /** The operator's side of routing: aliases and fallback chains, the catalogue, provider status. */
    public Operations operations() {
        return operations;
    }

    /**
     * Stops the background threads, writes what is still kept in memory and releases the database; do not use the
     * gateway afterwards.
     */
    @Override
    public void close() {
        try (storage) {
            background.reversed().forEach(Periodic::close);
            rotation.flush();
            usageQueue.flush();
        }
    }
}
