package dev.switchboard.application;

import dev.switchboard.domain.store.Storage;
import java.util.LinkedHashMap;

/**
 * Tells whether the gateway can serve: the database answers and at least one provider is healthy. Provider health comes
 * from the background checks ({@link ProviderHealth}), so a load balancer polling readiness never turns into a stream of
 * upstream calls.
 */
public final class CheckReadiness {

    private final Storage storage;
    private final Routing routing;
    private final ProviderHealth health;

    CheckReadiness(Storage storage, Routing routing, ProviderHealth health) {
        this.storage = storage;
        this.routing = routing;
        this.health = health;
    }

    public Readiness check() {
        var checks = new LinkedHashMap<String, String>();
        boolean database = storage.isHealthy();
        checks.put("database", database ? "up" : "down");
        boolean anyProvider = false;
        for (ProviderEntry provider : routing.directory().all()) {
            var state = health.latest(provider).health();
            checks.put("provider:" + provider.id(), state.up() ? "up" : "down: " + state.detail());
            anyProvider |= state.up();
        }
        return new Readiness(database && anyProvider, checks);
    }
}
