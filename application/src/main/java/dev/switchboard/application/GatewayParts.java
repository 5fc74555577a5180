package dev.switchboard.application;

import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.catalog.CapabilityTable;
import dev.switchboard.domain.catalog.PriceTable;
import dev.switchboard.domain.normalize.Normalizer;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.rotation.RotationPolicy;
import dev.switchboard.domain.store.Storage;
import dev.switchboard.domain.telemetry.Telemetry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * The object graph behind a {@link Gateway}: the stores, key rotation, the catalogue and routes, routing with its
 * resilience parts, the use cases and the background tasks, wired once at start-up.
 */
final class GatewayParts {

    /** How often successes kept in memory are written to the store (when each key was last used). */
    private static final Duration FLUSH_INTERVAL = Duration.ofSeconds(5);

    /** How often routes are read again from the store (changes made on other nodes). */
    private static final Duration ROUTE_REFRESH = Duration.ofSeconds(5);

    /** How often a provider whose model listing failed is asked again. */
    private static final Duration CATALOGUE_RETRY = Duration.ofSeconds(30);

    /** How often usage records are written to the ledger: what a crash may lose. */
    private static final Duration LEDGER_FLUSH = Duration.ofSeconds(1);

    final Storage storage;
    final ProviderDirectory directory;
    final CompleteChat completeChat;
    final StreamChat streamChat;
    final CompleteText completeText;
    final StreamText streamText;
    final CreateEmbeddings createEmbeddings;
    final Transcribe transcribe;
    final Rerank rerank;
    final ListModels listModels;
    final CheckReadiness checkReadiness;
    final Administration admin;
    final Operations operations;
    final Rotation rotation;
    final RouteBook routes;
    final ModelCatalog catalog;
    final List<Periodic> background;
    final UsageQueue usageQueue;
    final UsageRecorder usage;
    final ReadUsage readUsage;

    GatewayParts(
            Storage storage, ProviderDirectory directory, GatewaySettings settings, Clock clock, Telemetry telemetry) {
        this.storage = storage;
        this.directory = directory;
        var random = RandomGenerator.of("L64X128MixRandom");
        var normalizer = new Normalizer(Clock.systemUTC(), random);
        KeyRotationSettings keys = settings.rotation();
        var policy = new RotationPolicy(keys.rules(), clock, new Random());
        this.rotation = new Rotation(storage, policy, keys.refresh(), clock, telemetry);
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
        this.usage = new UsageRecorder(usageQueue, PriceTable.bundled(), clock, telemetry);
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

    /** Stops the background tasks and writes what is still kept in memory; the caller closes the storage. */
    void stop() {
        background.reversed().forEach(Periodic::close);
        rotation.flush();
        usageQueue.flush();
    }
}
