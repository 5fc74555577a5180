package dev.switchboard.application;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.rotation.RotationState;
import dev.switchboard.domain.store.Storage;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Gateways with keys over {@link KeyedFakes}, and the failures and states the rotation tests talk about. */
final class Rotations {

    static final ProviderId OPENAI = ProviderId.of("openai");

    private Rotations() {}

    /** Providers {@code openai} (with {@code keys}) and {@code local} (without), state in the given storage. */
    static GatewaySettings settings(KeyedFakes fakes, List<KeySeed> keys) {
        return new GatewaySettings(
                        List.of(fakes.settings("openai"), fakes.settings("local")),
                        keys,
                        Map.of(),
                        Duration.ofSeconds(30),
                        ReadinessTest.database())
                .withResilience(keysOnly());
    }

    /** No retries and circuits that never open, so a test sees each request's calls to keys and nothing else. */
    static ResilienceSettings keysOnly() {
        var defaults = ResilienceSettings.defaults();
        return new ResilienceSettings(
                new ResilienceSettings.Retry(1, Duration.ofMillis(1), 1, 0, Duration.ofMillis(1)),
                new ResilienceSettings.Breaker(100, 10_000, 10_000, Duration.ofSeconds(1), 1),
                defaults.maxConcurrent(),
                defaults.maxWait(),
                defaults.catalogueTtl(),
                defaults.healthInterval());
    }

    static Gateway start(KeyedFakes fakes, List<KeySeed> keys, FakeStorage storage, ManualClock clock) {
        return Gateway.start(settings(fakes, keys), List.of(fakes), storage, clock);
    }

    static KeySeed key(String name) {
        return new KeySeed(OPENAI, name, Secret.of("sk-" + name));
    }

    static KeySeed key(String name, int weight, int priority) {
        return new KeySeed(OPENAI, name, Secret.of("sk-" + name), weight, priority);
    }

    static ProviderException rateLimited(Duration retryAfter) {
        return new ProviderException(new ProviderFailure.RateLimited("slow down", retryAfter));
    }

    static ProviderException revoked() {
        return new ProviderException(new ProviderFailure.Unauthorized("invalid api key"));
    }

    static ProviderException unavailable() {
        return new ProviderException(new ProviderFailure.Unavailable(503, "overloaded"));
    }

    /** The stored profile of openai's key {@code name}. */
    static AuthProfile profile(Storage storage, String name) {
        return storage.authProfiles().list(OPENAI).stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The stored state of openai's key {@code name}. */
    static RotationState state(Storage storage, String name) {
        return storage.rotationStates()
                .states(OPENAI)
                .get(profile(storage, name).id());
    }
}
