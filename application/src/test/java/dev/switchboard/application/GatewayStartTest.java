package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.AuthProfileStore;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GatewayStartTest {

    private final FakeModelProviderFactory fake = new FakeModelProviderFactory();

    @Test
    void a_provider_type_without_an_adapter_is_refused_naming_it_and_the_types_available() {
        var settings = GatewaySettings.inMemory(List.of(new FakeModelProviderFactory("anthropic").settings("claude")));
        var factories = List.<ModelProviderFactory>of(fake, new FakeModelProviderFactory("openai"));

        assertThatThrownBy(() -> Gateway.start(settings, factories, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("providers.claude.type 'anthropic' has no adapter; available: [fake, openai]");
    }

    @Test
    void an_adapter_of_another_port_version_is_refused() {
        var future = new FakeModelProviderFactory("fake", ModelProvider.VERSION + 1, Clock.systemUTC());

        assertThatThrownBy(() -> Gateway.start(Setups.providers(future, "x"), List.of(future), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the adapter for type 'fake' implements provider port v2, this gateway needs v1");
    }

    @Test
    void the_first_factory_of_a_type_wins() {
        var second = new FakeModelProviderFactory();

        try (var gateway = Gateway.start(Setups.providers(fake, "openai"), List.of(fake, second), null)) {
            gateway.chat(ChatRequests.userSays("openai/m", "hi"), RequestContext.generated());
        }

        assertThat(fake.provider("openai").calls()).hasSize(1);
        assertThat(second.created()).isEmpty();
    }

    @Test
    void without_factories_on_the_module_path_a_provider_type_fails_clearly() {
        var settings = GatewaySettings.inMemory(List.of(fake.settings("openai")));

        assertThatThrownBy(() -> Gateway.start(settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("providers.openai.type 'fake' has no adapter; available: []");
    }

    @Test
    void finds_no_storage_on_the_module_path_and_keeps_state_in_memory() {
        var settings =
                new GatewaySettings(List.of(), List.of(), Map.of(), Duration.ofSeconds(1), ReadinessTest.database());

        try (var gateway = Gateway.start(settings)) {
            assertThat(gateway.models(RequestContext.generated())).isEmpty();
            assertThat(gateway.readiness().checks()).containsEntry("database", "up");
        }
    }

    @Test
    void opens_the_storage_factory_with_the_storage_settings_and_closes_it_on_close() {
        var storage = new FakeStorage();
        var settings = new GatewaySettings(
                Setups.settings(fake, "openai"), List.of(), Map.of(), Duration.ofSeconds(1), ReadinessTest.database());

        var gateway = Gateway.start(settings, List.of(fake), storage);

        assertThat(storage.opened()).isEqualTo(1);
        assertThat(storage.lastSettings()).isEqualTo(ReadinessTest.database());
        assertThat(storage.closed()).isZero();
        gateway.close();
        assertThat(storage.closed()).isEqualTo(1);
    }

    @Test
    void without_storage_settings_the_storage_factory_is_not_used() {
        var storage = new FakeStorage();

        Gateway.start(Setups.providers(fake, "openai"), List.of(fake), storage).close();

        assertThat(storage.opened()).isZero();
    }

    @Test
    void a_failure_while_seeding_keys_closes_the_storage() {
        var storage = new FakeStorage(new RefusingStore());
        var settings = new GatewaySettings(
                Setups.settings(fake, "openai"),
                List.of(new KeySeed(ProviderId.of("openai"), "primary", Secret.of("sk-1"))),
                Map.of(),
                Duration.ofSeconds(1),
                ReadinessTest.database());

        assertThatThrownBy(() -> Gateway.start(settings, List.of(fake), storage))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("database is read-only");
        assertThat(storage.closed()).isEqualTo(1);
    }

    /** A store whose writes fail, as a read-only database's do. */
    private static final class RefusingStore implements AuthProfileStore {
        @Override
        public List<AuthProfile> list(ProviderId provider) {
            return List.of();
        }

        @Override
        public Optional<AuthProfile> find(ProfileId id) {
            return Optional.empty();
        }

        @Override
        public AuthProfile save(AuthProfile profile) {
            throw new IllegalStateException("database is read-only");
        }

        @Override
        public boolean delete(ProfileId id) {
            return false;
        }
    }
}
