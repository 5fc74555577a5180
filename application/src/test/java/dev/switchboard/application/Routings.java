package dev.switchboard.application;

import dev.switchboard.domain.catalog.CapabilityTable;
import dev.switchboard.domain.store.Storage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;

/** A {@link Routing} wired as the gateway wires it, with default resilience, no routes and no model lists. */
final class Routings {

    private Routings() {}

    static Routing of(ProviderDirectory directory, Rotation rotation, Storage storage, Clock clock) {
        var routes = new RouteBook(storage.routes(), Duration.ZERO, clock);
        var catalog = new ModelCatalog(
                directory,
                provider -> List.of(),
                storage.modelCatalog(),
                CapabilityTable.bundled(),
                Duration.ofMinutes(10),
                clock);
        var resolver = new ModelResolver(directory, routes, catalog, RandomGenerator.of("L64X128MixRandom"));
        var resilience = new Resilience(ResilienceSettings.defaults(), clock);
        return new Routing(
                directory,
                rotation,
                resolver,
                catalog,
                new CapabilityCheck(new TokenEstimator()),
                resilience,
                new TargetAttempts(rotation, resilience, wait -> {}),
                Duration.ofSeconds(30));
    }
}
