package dev.switchboard.adapters.providers.ollama;

import static dev.switchboard.adapters.providers.testing.Contexts.anonymous;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.json.JsonValue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OllamaProviderFactoryTest {

    private final OllamaProviderFactory factory = new OllamaProviderFactory(name -> null);

    @Test
    void serves_the_ollama_type_of_this_port_version() {
        assertThat(factory.type()).isEqualTo("ollama");
        assertThat(factory.portVersion()).isEqualTo(1);
        assertThat(new OllamaProviderFactory().type()).isEqualTo("ollama");
    }

    @Test
    void needs_no_setting_at_all_and_offers_pulling() {
        assertThat(factory.create(settings("local", "ollama")).puller()).isPresent();
    }

    @Test
    void the_environment_variable_replaces_the_default_base_url_but_not_a_configured_one() {
        try (var stub = StubUpstream.start()) {
            stub.on("/api/tags", Replies.json(200, "{\"models\":[]}"));
            var fromEnvironment = new OllamaProviderFactory(
                    name -> name.equals("OLLAMA_BASE_URL") ? " " + stub.base("") + " " : null);

            assertThat(fromEnvironment
                            .create(settings("local", "ollama"))
                            .health(anonymous())
                            .up())
                    .isTrue();
            assertThat(fromEnvironment
                            .create(settings("local", "ollama", "base_url", "http://127.0.0.1:1"))
                            .health(anonymous())
                            .up())
                    .isFalse();
        }
        var blank = new OllamaProviderFactory(name -> "  ");
        assertThat(blank.create(settings("local", "ollama")).puller()).isPresent();
    }

    @Test
    void a_wrong_environment_variable_is_named() {
        var wrong = new OllamaProviderFactory(name -> "localhost:11434");

        assertThatThrownBy(() -> wrong.create(settings("local", "ollama")))
                .hasMessage("OLLAMA_BASE_URL (the default of providers.local.base_url) must be an http or https URL");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "color, blue, 'providers.local.color is not a setting of type ollama (known: [base_url, connect_timeout,"
                + " headers, keep_alive, num_ctx, request_timeout])'",
        "base_url, ftp://host, providers.local.base_url must be an http or https URL",
        "keep_alive, forever, 'providers.local.keep_alive must be seconds (-1 for ever) or a duration such as 30s, 10m"
                + " or 1h'",
        "num_ctx, 0, providers.local.num_ctx must be positive",
        "num_ctx, big, providers.local.num_ctx must be a whole number",
        "connect_timeout, 0s, providers.local.connect_timeout must be positive"
    })
    void a_wrong_setting_is_named(String key, String value, String message) {
        assertThatThrownBy(() -> factory.create(settings("local", "ollama", key, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void a_header_java_refuses_is_named() {
        var headers = new JsonValue.Obj(Map.of("Host", JsonValue.of("evil")));

        assertThatThrownBy(() -> factory.create(settings("local", "ollama", "headers", headers)))
                .hasMessage("providers.local.headers.Host cannot be sent: the header name or value is not allowed");
    }

    @ParameterizedTest(name = "keep_alive {0}")
    @CsvSource({"-1, -1", "300, 300", "10m, '\"10m\"'", "1h30m, '\"1h30m\"'", "0, 0"})
    void keep_alive_is_sent_as_seconds_or_as_a_duration(String configured, String sent) {
        try (var stub = StubUpstream.start()) {
            stub.on("/api/embed", OllamaStubs.response("embed.json"));
            factory.create(settings("local", "ollama", "base_url", stub.base("").toString(), "keep_alive", configured))
                    .embed(dev.switchboard.domain.embedding.EmbeddingRequest.of("all-minilm", "hi"), anonymous());

            assertThat(OllamaStubs.sent(stub).get("keep_alive")).isEqualTo(OllamaStubs.tree(sent));
        }
    }
}
