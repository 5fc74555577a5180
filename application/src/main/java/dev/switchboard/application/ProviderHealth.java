package dev.switchboard.application;

import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.Health;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each provider's latest health check, run in the background for every provider, so readiness probes and the admin
 * API read a result instead of calling providers. A provider not checked yet is checked on first request. Thread-safe.
 */
final class ProviderHealth {

    private static final System.Logger LOG = System.getLogger(ProviderHealth.class.getName());

    private final Routing routing;
    private final Clock clock;
    private final Map<ProviderId, Checked> latest = new ConcurrentHashMap<>();

    /** One check's outcome and when it ran. */
    record Checked(Health health, Instant at) {}

    ProviderHealth(Routing routing, Clock clock) {
        this.routing = routing;
        this.clock = clock;
    }

    /** Checks every provider now, one after another. */
    void checkAll() {
        for (ProviderEntry provider : routing.directory().all()) check(provider);
    }

    /** The provider's latest check, running one first if there is none. */
    Checked latest(ProviderEntry provider) {
        Checked known = latest.get(provider.id());
        return known != null ? known : check(provider);
    }

    private Checked check(ProviderEntry provider) {
        Health health;
        try {
            health = routing.health(provider);
        } catch (RuntimeException e) {
            // A health check reports; an adapter that throws anyway is down, and the type is all that is safe to log.
            LOG.log(System.Logger.Level.WARNING, "the health check of {0} failed ({1})", provider.id(), e.getClass());
            health = Health.down("the health check failed", Duration.ZERO);
        }
        var checked = new Checked(health, clock.instant());
        Checked before = latest.put(provider.id(), checked);
        if (before != null && before.health().up() != health.up()) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "provider {0} is now {1}: {2}",
                    provider.id(),
                    health.up() ? "up" : "down",
                    health.detail());
        }
        return checked;
    }
}
