package dev.switchboard.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.Health;
import dev.switchboard.domain.store.Storage;
import java.time.Duration;
import java.util.LinkedHashMap;

/**
 * Tells whether the gateway can serve: the database answers and at least one provider is healthy. Provider health is
 * kept for a while, so a load balancer polling readiness does not turn into a stream of upstream calls.
 */
public final class CheckReadiness {

    private final Storage storage;
    private final Routing routing;
    private final Cache<ProviderId, Health> health;

    CheckReadiness(Storage storage, Routing routing, Duration keepFor) {
        this.storage = storage;
        this.routing = routing;
        this.health = Caffeine.newBuilder().expireAfterWrite(keepFor).build();
    }

    public Readiness check() {
        var checks = new LinkedHashMap<String, String>();
        boolean database = storage.isHealthy();
        checks.put("database", database ? "up" : "down");
        boolean anyProvider = false;
        for (ProviderEntry provider : routing.directory().all()) {
            Health state = health.get(provider.id(), id -> routing.health(provider));
            checks.put("provider:" + provider.id(), state.up() ? "up" : "down: " + state.detail());
            anyProvider |= state.up();
        }
        return new Readiness(database && anyProvider, checks);
    }
}
