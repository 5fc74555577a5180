package dev.switchboard.application;

import dev.switchboard.domain.catalog.Route;
import dev.switchboard.domain.catalog.RouteStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Aliases and fallback chains kept in memory, by name. */
final class InMemoryRouteStore implements RouteStore {

    private final ConcurrentSkipListMap<String, Route> routes = new ConcurrentSkipListMap<>();

    @Override
    public void save(Route route) {
        routes.put(route.name(), route);
    }

    @Override
    public Optional<Route> find(String name) {
        return Optional.ofNullable(routes.get(name));
    }

    @Override
    public List<Route> all() {
        return List.copyOf(routes.values());
    }

    @Override
    public boolean delete(String name) {
        return routes.remove(name) != null;
    }
}
