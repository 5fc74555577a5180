package dev.switchboard.adapters.providers.gemini;

import static dev.switchboard.adapters.providers.testing.Contexts.map;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The settings a {@code gemini} entry takes, and the errors that name the key. */
class GeminiProviderFactoryTest {

    @Test
    void creates_a_provider_from_every_documented_setting() {
        var provider = new GeminiProviderFactory()
                .create(settings(
                        "vertex", "gemini",
                        "auth", "adc",
                        "vertex_project", "my-project",
                        "vertex_location", "global",
                        "headers", map("X-Team", "search"),
                        "connect_timeout", "5s"));

        assertThat(provider).isNotNull();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
        region          | x                 | providers.g.region is not a setting of type gemini
        auth            | oauth             | providers.g.auth must be api-key or adc
        vertex_project  | my project        | providers.g.vertex_project must be made of letters
        connect_timeout | 0s                | providers.g.connect_timeout must be positive
        base_url        | ftp://x           | providers.g.base_url must be an http or https URL
        """)
    void refuses_a_wrong_setting_naming_it(String key, String value, String message) {
        assertThatThrownBy(() -> new GeminiProviderFactory().create(settings("g", "gemini", key, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void refuses_vertex_false_with_a_vertex_project_and_a_header_java_cannot_send() {
        assertThatThrownBy(() -> new GeminiProviderFactory()
                        .create(settings("g", "gemini", "vertex", "false", "vertex_project", "p")))
                .hasMessageStartingWith("providers.g.vertex must not be false");
        assertThatThrownBy(
                        () -> new GeminiProviderFactory().create(settings("g", "gemini", "headers", map("Host", "x"))))
                .hasMessageStartingWith("providers.g.headers.Host cannot be sent");
    }
}
