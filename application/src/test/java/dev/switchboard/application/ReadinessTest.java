package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.provider.Health;
import dev.switchboard.domain.store.StorageSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();

    @Test
    void is_ready_when_the_in_memory_storage_and_a_provider_are_up() {
        try (var gateway = Setups.start(Setups.providers(factory, "openai"), factory)) {
            var readiness = gateway.readiness();

            assertThat(readiness.ready()).isTrue();
            assertThat(readiness.checks())
                    .containsExactly(Map.entry("database", "up"), Map.entry("provider:openai", "up"));
        }
    }

    @Test
    void is_not_ready_when_every_provider_is_down_and_says_why() {
        factory.provider("openai").health(Health.down("401 from upstream", Duration.ofMillis(3)));

        try (var gateway = Setups.start(Setups.providers(factory, "openai"), factory)) {
            var readiness = gateway.readiness();

            assertThat(readiness.ready()).isFalse();
            assertThat(readiness.checks()).containsEntry("provider:openai", "down: 401 from upstream");
        }
    }

    @Test
    void is_ready_when_one_provider_of_several_is_up() {
        factory.provider("anthropic").health(Health.down("timeout", Duration.ofSeconds(5)));

        try (var gateway = Setups.start(Setups.providers(factory, "openai", "anthropic"), factory)) {
            var readiness = gateway.readiness();

            assertThat(readiness.ready()).isTrue();
            assertThat(readiness.checks().keySet())
                    .containsExactly("database", "provider:openai", "provider:anthropic");
        }
    }

    @Test
    void is_not_ready_when_the_database_is_down() {
        var storage = new FakeStorage();
        storage.healthy(false);
        var settings = new GatewaySettings(
                Setups.settings(factory, "openai"), List.of(), Map.of(), Duration.ofSeconds(30), database());

        try (var gateway = Gateway.start(settings, List.of(factory), storage)) {
            var readiness = gateway.readiness();

            assertThat(readiness.ready()).isFalse();
            assertThat(readiness.checks()).containsEntry("database", "down").containsEntry("provider:openai", "up");
        }
    }

    @Test
    void is_not_ready_without_providers() {
        try (var gateway = Setups.start(Setups.providers(factory), factory)) {
            assertThat(gateway.readiness()).isEqualTo(new Readiness(false, Map.of("database", "up")));
        }
    }

    @Test
    void keeps_a_providers_health_for_a_while() {
        try (var gateway = Setups.start(Setups.providers(factory, "openai"), factory)) {
            gateway.readiness();
            gateway.readiness();
            gateway.readiness();
        }

        assertThat(factory.provider("openai").calls(FakeCall.HealthCheck.class)).hasSize(1);
    }

    @Test
    void readiness_checks_are_a_snapshot() {
        var checks = new java.util.HashMap<String, String>(Map.of("database", "up"));
        var readiness = new Readiness(true, checks);

        checks.put("x", "y");

        assertThat(readiness.checks()).containsOnlyKeys("database");
    }

    static StorageSettings database() {
        return new StorageSettings("jdbc:h2:mem:test", null, null, Secret.of("bWFzdGVyLWtleQ=="));
    }

    @Test
    void a_provider_whose_keys_are_all_disabled_is_down_without_a_call() {
        var fakes = new KeyedFakes();
        var storage = new FakeStorage();
        var policy = new dev.switchboard.domain.rotation.RotationPolicy(
                dev.switchboard.domain.rotation.RotationSettings.defaults(),
                java.time.Clock.systemUTC(),
                new java.util.Random());
        try (var gateway = Rotations.start(fakes, List.of(Rotations.key("a")), storage, new ManualClock())) {
            storage.rotationStates()
                    .update(Rotations.profile(storage, "a").id(), state -> policy.disable(state, "retired"));

            assertThat(gateway.readiness().checks())
                    .containsEntry("provider:openai", "down: no usable key")
                    .containsEntry("provider:local", "up");
        }

        assertThat(fakes.probed("openai")).isEmpty();
    }

    @Test
    void checks_a_provider_with_a_usable_key() {
        var fakes = new KeyedFakes();
        try (var gateway = Rotations.start(fakes, List.of(Rotations.key("a")), new FakeStorage(), new ManualClock())) {
            assertThat(gateway.readiness().checks()).containsEntry("provider:openai", "up");
        }

        assertThat(fakes.probed("openai")).containsExactly("sk-a");
    }
}
