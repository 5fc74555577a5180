package dev.switchboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import dev.switchboard.domain.store.StorageFactory;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ServiceBindingTest {

    @Test
    void service_loader_finds_every_provider_factory_once_for_the_current_port() {
        var factories = ServiceLoader.load(ModelProviderFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();

        assertThat(factories)
                .extracting(ModelProviderFactory::type)
                .containsExactlyInAnyOrder(
                        "mock",
                        "openai",
                        "azure",
                        "cerebras",
                        "openai-compatible",
                        "anthropic",
                        "ollama",
                        "gemini",
                        "bedrock");
        assertThat(factories).allSatisfy(f -> assertThat(f.portVersion()).isEqualTo(ModelProvider.VERSION));
    }

    @Test
    void service_loader_finds_the_database_storage() {
        assertThat(ServiceLoader.load(StorageFactory.class).stream()).hasSize(1);
    }
}
