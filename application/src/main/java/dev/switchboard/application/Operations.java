package dev.switchboard.application;

import dev.switchboard.domain.catalog.Route;
import dev.switchboard.domain.catalog.RouteTarget;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * What an operator does to routing while the gateway runs: manage aliases and fallback chains, read and refresh the
 * model catalogue, and see each provider's health, circuits and concurrency. Get it from {@link Gateway#operations()};
 * the keys themselves are {@link Administration}'s.
 *
 * <p>Changes are audited under the caller's {@code actor} (1-200 characters, never a secret). Refusals are
 * {@link AdminException}s.
 */
public final class Operations {

    private final ReentrantLock changes = new ReentrantLock();
    private final ManageRoutes routes;
    private final ModelCatalog catalog;
    private final DescribeProviders providers;

    Operations(ManageRoutes routes, ModelCatalog catalog, DescribeProviders providers) {
        this.routes = routes;
        this.catalog = catalog;
        this.providers = providers;
    }

    /** Every route (alias or fallback chain), from the configuration and the admin API, by name. */
    public List<Route> routes() {
        return routes.list();
    }

    /** @throws AdminException {@code UnknownRoute} */
    public Route route(String name) {
        return routes.find(name);
    }

    /**
     * Creates or replaces an alias or fallback chain; it takes effect at once on this node and within seconds on the
     * others.
     *
     * @param targets where requests go, first choice first
     * @param balanced true to spread requests over the targets by weight
     * @throws AdminException {@code ConfiguredRoute} when the configuration file defines the name; {@code
     *     InvalidField} for a bad name, no targets, a target twice or at an unknown provider
     */
    public Route saveRoute(String name, List<RouteTarget> targets, boolean balanced, String actor) {
        return change(actor, () -> routes.save(name, targets, balanced, actor));
    }

    /** @throws AdminException {@code UnknownRoute}, or {@code ConfiguredRoute} for a route of the configuration */
    public void deleteRoute(String name, String actor) {
        change(actor, () -> {
            routes.delete(name, actor);
            return name;
        });
    }

    /** What the catalogue holds for each provider: models with capabilities, their source and the last failure. */
    public List<CatalogEntry> catalogue() {
        return catalog.entries();
    }

    /** Lists every provider's models again now and returns the result; a provider that fails keeps its last list. */
    public List<CatalogEntry> refreshCatalogue() {
        return catalog.refresh();
    }

    /** Each provider's health, circuits, concurrency and catalogue state, in configuration order. */
    public List<ProviderStatus> providers() {
        return providers.describe();
    }

    private <T> T change(String actor, Supplier<T> action) {
        if (actor.isBlank() || actor.length() > 200) {
            throw new IllegalArgumentException("actor must be 1-200 characters");
        }
        changes.lock();
        try {
            return action.get();
        } finally {
            changes.unlock();
        }
    }
}
