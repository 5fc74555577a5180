package dev.switchboard.application;

import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.ProviderSettings;
import dev.switchboard.domain.store.StorageSettings;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything the gateway needs to start: the providers with their settings and keys, model aliases, the time budget of
 * one request, and where to keep state.
 *
 * @param aliases alias to {@code provider/model}
 * @param storage the database, or null to keep state in memory
 * @param rotation how keys are rotated
 * @param routes fallback chains and weighted aliases from the configuration, besides the plain {@code aliases}
 * @param resilience retries, circuit breakers, concurrency limits and background refreshes
 */
public record GatewaySettings(
        List<ProviderSettings> providers,
        List<KeySeed> keys,
        Map<String, String> aliases,
        Duration requestTimeout,
        @Nullable StorageSettings storage,
        KeyRotationSettings rotation,
        List<RouteSeed> routes,
        ResilienceSettings resilience) {

    public GatewaySettings {
        providers = List.copyOf(providers);
        keys = List.copyOf(keys);
        aliases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("request timeout must be positive");
        }
        Objects.requireNonNull(rotation, "rotation");
        routes = List.copyOf(routes);
        Objects.requireNonNull(resilience, "resilience");
        var ids = new HashSet<String>();
        for (ProviderSettings provider : providers) {
            if (!ids.add(provider.id().value())) {
                throw new IllegalArgumentException("provider id '" + provider.id() + "' is configured twice");
            }
        }
        aliases.forEach((alias, target) -> {
            var ref = ModelRef.parse(target)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "alias '" + alias + "' must point at provider/model, not: " + target));
            if (!ids.contains(ref.provider().value())) {
                throw new IllegalArgumentException("alias '" + alias + "' names unknown provider " + ref.provider());
            }
        });
        var names = new HashSet<>(aliases.keySet());
        for (RouteSeed route : routes) {
            if (!names.add(route.name())) {
                throw new IllegalArgumentException("model name '" + route.name() + "' is configured twice");
            }
            route.targets().forEach(target -> {
                if (!ids.contains(target.model().provider().value())) {
                    throw new IllegalArgumentException("route '" + route.name() + "' names unknown provider "
                            + target.model().provider());
                }
            });
        }
        keys.forEach(key -> {
            if (!ids.contains(key.provider().value())) {
                throw new IllegalArgumentException("key '" + key.name() + "' names unknown provider " + key.provider());
            }
        });
    }

    /** Settings with the default key rotation and resilience, and no routes besides the aliases. */
    public GatewaySettings(
            List<ProviderSettings> providers,
            List<KeySeed> keys,
            Map<String, String> aliases,
            Duration requestTimeout,
            @Nullable StorageSettings storage) {
        this(
                providers,
                keys,
                aliases,
                requestTimeout,
                storage,
                KeyRotationSettings.defaults(),
                List.of(),
                ResilienceSettings.defaults());
    }

    /** This configuration with {@code other} key rotation. */
    public GatewaySettings withRotation(KeyRotationSettings other) {
        return new GatewaySettings(providers, keys, aliases, requestTimeout, storage, other, routes, resilience);
    }

    /** This configuration with {@code other} routes (fallback chains and weighted aliases). */
    public GatewaySettings withRoutes(List<RouteSeed> other) {
        return new GatewaySettings(providers, keys, aliases, requestTimeout, storage, rotation, other, resilience);
    }

    /** This configuration with {@code other} resilience settings. */
    public GatewaySettings withResilience(ResilienceSettings other) {
        return new GatewaySettings(providers, keys, aliases, requestTimeout, storage, rotation, routes, other);
    }

    /** Every configured route: each alias as a one-target route, then the other routes. */
    List<RouteSeed> allRoutes() {
        var all = new java.util.ArrayList<RouteSeed>();
        aliases.forEach((alias, target) -> all.add(RouteSeed.alias(alias, target)));
        all.addAll(routes);
        return all;
    }

    /** Settings with in-memory state and no keys: what an embedding test or a quick start needs. */
    public static GatewaySettings inMemory(List<ProviderSettings> providers) {
        return new GatewaySettings(providers, List.of(), Map.of(), Duration.ofSeconds(60), null);
    }
}
