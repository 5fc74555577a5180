package dev.switchboard.domain.catalog;

import java.util.List;
import java.util.Optional;

/** Where routes (aliases and fallback chains) are kept, so that the admin API's changes reach every node. Thread-safe. */
public interface RouteStore {

    /** Creates the route or replaces the route of the same name, as one change. */
    void save(Route route);

    Optional<Route> find(String name);

    /** Every route, by name. */
    List<Route> all();

    /** Removes the route; false when there was none of that name. */
    boolean delete(String name);
}
