package dev.switchboard.application;

import dev.switchboard.domain.catalog.Route;
import dev.switchboard.domain.catalog.RouteStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The routes (aliases and fallback chains) as this node knows them: read from the store at most once per
 * {@code refresh}, and again at once after a change made on this node, so changes made on another node sharing the
 * database arrive within {@code refresh}. Thread-safe.
 */
final class RouteBook {

    private final RouteStore store;
    private final Duration refresh;
    private final Clock clock;
    private volatile @Nullable Snapshot snapshot;

    private record Snapshot(Map<String, Route> byName, Instant readAt) {}

    RouteBook(RouteStore store, Duration refresh, Clock clock) {
        this.store = store;
        this.refresh = refresh;
        this.clock = clock;
    }

    /**
     * Makes the configuration's routes the stored ones: saves each, and removes the routes seeded from the
     * configuration before that it no longer names. Routes made through the admin API stay; a configured name
     * replaces an operator's route of the same name, since the file is where that name is now defined.
     */
    void seed(List<RouteSeed> configured) {
        Instant now = clock.instant();
        var names = configured.stream().map(RouteSeed::name).collect(Collectors.toSet());
        for (Route stored : store.all()) {
            if (stored.origin() == Route.Origin.CONFIG && !names.contains(stored.name())) store.delete(stored.name());
        }
        configured.forEach(seed -> store.save(seed.route(now)));
        invalidate();
    }

    Optional<Route> find(String name) {
        return Optional.ofNullable(current().byName().get(name));
    }

    /** Every route, by name. */
    List<Route> all() {
        return List.copyOf(current().byName().values());
    }

    /** Forgets what was read, so the next lookup reads the store (after a change on this node). */
    void invalidate() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        Instant now = clock.instant();
        if (known != null && now.isBefore(known.readAt().plus(refresh))) return known;
        List<Route> stored;
        try {
            stored = store.all();
        } catch (RuntimeException e) {
            // The store is down: serve what was read last rather than fail every request that names a route.
            if (known != null) return known;
            throw e;
        }
        Map<String, Route> byName = stored.stream()
                .collect(Collectors.toMap(Route::name, Function.identity(), (a, b) -> a, java.util.TreeMap::new));
        Snapshot fresh = new Snapshot(java.util.Collections.unmodifiableMap(byName), now);
        snapshot = fresh;
        return fresh;
    }
}
