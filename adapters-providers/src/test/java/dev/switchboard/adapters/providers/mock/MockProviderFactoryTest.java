package dev.switchboard.adapters.providers.mock;

import static dev.switchboard.adapters.providers.mock.MockSetup.context;
import static dev.switchboard.adapters.providers.mock.MockSetup.list;
import static dev.switchboard.adapters.providers.mock.MockSetup.provider;
import static dev.switchboard.adapters.providers.mock.MockSetup.stringSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MockProviderFactoryTest {

    private static final Set<Capability> CHAT =
            Set.of(Capability.CHAT, Capability.STREAMING, Capability.TOOLS, Capability.COMPLETIONS);

    @Test
    void serves_the_mock_type_for_the_current_port_version() {
        var factory = new MockProviderFactory();

        assertThat(factory.type()).isEqualTo("mock");
        assertThat(factory.portVersion()).isEqualTo(ModelProvider.VERSION);
    }

    @Test
    void is_published_as_a_service_for_the_module_path_and_the_class_path() throws IOException {
        String name = "/META-INF/services/" + ModelProviderFactory.class.getName();
        try (InputStream file = MockProviderFactory.class.getResourceAsStream(name)) {
            assertThat(file).isNotNull();
            assertThat(new String(file.readAllBytes(), StandardCharsets.UTF_8).lines())
                    .contains(MockProviderFactory.class.getName());
        }
        ModuleDescriptor module = MockProviderFactory.class.getModule().getDescriptor();
        if (module != null) {
            assertThat(module.provides()).anySatisfy(provides -> {
                assertThat(provides.service()).isEqualTo(ModelProviderFactory.class.getName());
                assertThat(provides.providers()).contains(MockProviderFactory.class.getName());
            });
            assertThat(module.exports()).isEmpty();
        }
    }

    @Test
    void lists_echo_and_scripted_for_chat_and_embed_for_embeddings_by_default() {
        var models = provider().models(context());

        assertThat(models)
                .containsExactly(
                        new ModelDescriptor(
                                ModelRef.of("mock", "echo"), MockProvider.CREATED, "switchboard", CHAT, null, null),
                        new ModelDescriptor(
                                ModelRef.of("mock", "scripted"), MockProvider.CREATED, "switchboard", CHAT, null, null),
                        new ModelDescriptor(
                                ModelRef.of("mock", "embed"),
                                MockProvider.CREATED,
                                "switchboard",
                                Set.of(Capability.EMBEDDINGS),
                                null,
                                null));
    }

    @Test
    void lists_the_configured_models() {
        var mock = provider(Map.of("models", list("fast", "slow"), "embedding_models", list("vectors")));

        assertThat(mock.models(context()))
                .extracting(descriptor -> descriptor.ref().model())
                .containsExactly("fast", "slow", "vectors");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "latency     | soon    | providers.mock.latency must be a duration",
                "chunk_delay | -5ms    | providers.mock.chunk_delay must be a duration",
                "chunk_size  | -1      | providers.mock.chunk_size must be at least 0",
                "chunk_size  | many    | providers.mock.chunk_size must be a whole number",
                "fail_after  | -2      | providers.mock.fail_after must be at least 0",
                "dimensions  | 0       | providers.mock.dimensions must be at least 1",
                "fail_with   | crash   | providers.mock.fail_with must be one of rate_limited",
                "replay      | hi      | providers.mock.replay is not a setting of the mock provider",
                "models      | echo    | providers.mock.models must be a list of strings",
            })
    void refuses_a_wrong_setting_naming_its_key(String key, String value, String message) {
        assertThatThrownBy(() -> provider(stringSettings(key, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void refuses_an_empty_chat_model_list_or_a_blank_name() {
        assertThatThrownBy(() -> provider(Map.of("models", list())))
                .hasMessage("providers.mock.models must name at least one model");
        assertThat(provider(Map.of("embedding_models", list())).models(context()))
                .hasSize(2);
        assertThatThrownBy(() -> provider(Map.of("embedding_models", list(" "))))
                .hasMessage("providers.mock.embedding_models must not hold a blank name");
    }

    @Test
    void accepts_every_known_setting() {
        var all = stringSettings(
                "reply",
                "hi",
                "latency",
                "0",
                "chunk_delay",
                "0ms",
                "chunk_size",
                "3",
                "fail_after",
                "0",
                "dimensions",
                "4",
                "request_timeout",
                "5s");
        all.put("models", list("m"));
        all.put("embedding_models", JsonValue.NULL);

        assertThat(provider(all).models(context()))
                .extracting(d -> d.ref().model())
                .containsExactly("m", "embed");
    }
}
