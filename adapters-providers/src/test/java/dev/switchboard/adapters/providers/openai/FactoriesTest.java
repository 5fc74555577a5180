package dev.switchboard.adapters.providers.openai;

import static dev.switchboard.adapters.providers.testing.Contexts.map;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactoriesTest {

    static final List<ModelProviderFactory> FACTORIES = List.of(
            new OpenAiProviderFactory(),
            new AzureProviderFactory(),
            new CerebrasProviderFactory(),
            new OpenAiCompatibleProviderFactory());

    @Test
    void serve_the_four_types_of_the_family_at_the_current_port_version() {
        assertThat(FACTORIES)
                .extracting(ModelProviderFactory::type)
                .containsExactly("openai", "azure", "cerebras", "openai-compatible");
        assertThat(FACTORIES)
                .allSatisfy(factory -> assertThat(factory.portVersion()).isEqualTo(ModelProvider.VERSION));
    }

    @Test
    void are_published_in_the_module_descriptor_and_for_the_class_path() {
        ModuleDescriptor descriptor = OpenAiProviderFactory.class.getModule().getDescriptor();
        var published = descriptor.provides().stream()
                .filter(provides -> provides.service().equals(ModelProviderFactory.class.getName()))
                .flatMap(provides -> provides.providers().stream())
                .toList();
        var services = Replies.resource("META-INF/services/" + ModelProviderFactory.class.getName())
                .lines()
                .toList();

        var names =
                FACTORIES.stream().map(factory -> factory.getClass().getName()).toList();
        assertThat(published).containsAll(names);
        assertThat(services).containsAll(names);
        assertThat(descriptor.exports()).isEmpty();
    }

    @Test
    void openai_needs_no_settings_and_creates_its_optional_capabilities() {
        var provider = new OpenAiProviderFactory().create(settings("openai", "openai"));

        assertThat(provider.transcriber()).isPresent();
        assertThat(provider.reranker()).isEmpty();
    }

    @Test
    void reject_an_unknown_key_naming_it_and_the_known_ones() {
        assertThatThrownBy(() -> new OpenAiProviderFactory().create(settings("oa", "openai", "base_urll", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("providers.oa.base_urll is not a setting of type openai")
                .hasMessageContaining("organization");
        assertThatThrownBy(() ->
                        new CerebrasProviderFactory(name -> null).create(settings("c", "cerebras", "project", "p")))
                .hasMessageStartingWith("providers.c.project is not a setting");
    }

    @Test
    void azure_and_compatible_servers_need_a_base_url() {
        assertThatThrownBy(() -> new AzureProviderFactory().create(settings("az", "azure")))
                .hasMessage("providers.az.base_url is required");
        assertThatThrownBy(() -> new OpenAiCompatibleProviderFactory().create(settings("vllm", "openai-compatible")))
                .hasMessage("providers.vllm.base_url is required");
        assertThatThrownBy(() -> new OpenAiCompatibleProviderFactory()
                        .create(settings("vllm", "openai-compatible", "base_url", "ftp://host")))
                .hasMessage("providers.vllm.base_url must be an http or https URL");
    }

    @Test
    void azure_cuts_a_base_url_back_to_the_resource_endpoint() {
        for (String base : List.of(
                "https://r.openai.azure.com",
                "https://r.openai.azure.com/openai/",
                "https://r.openai.azure.com/openai/v1",
                "https://r.openai.azure.com//")) {
            assertThat(AzureProviderFactory.resource(java.net.URI.create(base)))
                    .hasToString("https://r.openai.azure.com");
        }
    }

    @Test
    void reject_choices_outside_their_lists() {
        String base = "https://r.openai.azure.com";
        assertThatThrownBy(() ->
                        new AzureProviderFactory().create(settings("az", "azure", "base_url", base, "api_style", "v2")))
                .hasMessage("providers.az.api_style must be one of deployments, v1");
        assertThatThrownBy(() ->
                        new AzureProviderFactory().create(settings("az", "azure", "base_url", base, "auth", "oauth")))
                .hasMessage("providers.az.auth must be one of api-key, entra");
        assertThatThrownBy(() -> new OpenAiCompatibleProviderFactory()
                        .create(settings("v", "openai-compatible", "base_url", base, "rerank_style", "jina")))
                .hasMessage("providers.v.rerank_style must be one of cohere, voyage");
        assertThatThrownBy(() -> new OpenAiCompatibleProviderFactory()
                        .create(settings("v", "openai-compatible", "base_url", base, "rerank_path", "/")))
                .hasMessage("providers.v.rerank_path must not be empty");
    }

    @Test
    void reject_headers_java_net_http_cannot_send_and_bad_timeouts() {
        assertThatThrownBy(() ->
                        new OpenAiProviderFactory().create(settings("oa", "openai", "headers", map("Host", "evil"))))
                .hasMessage("providers.oa.headers.Host cannot be sent: the header name or value is not allowed");
        assertThatThrownBy(() -> new OpenAiProviderFactory().create(settings("oa", "openai", "connect_timeout", "0s")))
                .hasMessage("providers.oa.connect_timeout must be positive");
        assertThatThrownBy(
                        () -> new OpenAiProviderFactory().create(settings("oa", "openai", "connect_timeout", "soon")))
                .hasMessageStartingWith("providers.oa.connect_timeout must be a duration");
        assertThatThrownBy(() -> new OpenAiProviderFactory()
                        .create(settings(
                                "oa", "openai", "headers", new JsonValue.Obj(Map.of("X", JsonValue.Num.of(1))))))
                .hasMessage("providers.oa.headers.X must be a string");
    }

    @Test
    void cerebras_prefers_configuration_then_environment_then_its_public_url() {
        try (var configured = StubUpstream.start();
                var environment = StubUpstream.start()) {
            configured.on("/v1/models", Replies.json(200, "{\"data\":[]}"));
            environment.on("/v1/models", Replies.json(200, "{\"data\":[]}"));
            var factory = new CerebrasProviderFactory(
                    Map.of("CEREBRAS_BASE_URL", environment.base("/v1").toString())::get);

            factory.create(settings(
                            "c", "cerebras", "base_url", configured.base("/v1").toString()))
                    .models(withKey());
            factory.create(settings("c", "cerebras")).models(withKey());

            assertThat(configured.requests()).hasSize(1);
            assertThat(environment.requests()).hasSize(1);
        }
        assertThat(CerebrasProviderFactory.DEFAULT_BASE_URL).isEqualTo("https://api.cerebras.ai/v1");
    }
}
