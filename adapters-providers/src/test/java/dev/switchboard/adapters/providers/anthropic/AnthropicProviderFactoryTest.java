package dev.switchboard.adapters.providers.anthropic;

import static dev.switchboard.adapters.providers.testing.Contexts.map;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnthropicProviderFactoryTest {

    private final AnthropicProviderFactory factory = new AnthropicProviderFactory();

    @Test
    void serves_the_anthropic_type_at_the_current_port_version_with_a_token_counter() {
        ModelProvider provider = factory.create(settings("claude", "anthropic"));

        assertThat(factory.type()).isEqualTo("anthropic");
        assertThat(factory.portVersion()).isEqualTo(ModelProvider.VERSION);
        assertThat(provider.tokenCounter()).isPresent();
        assertThat(provider.transcriber()).isEmpty();
    }

    @Test
    void is_published_for_the_class_path_and_in_the_module_descriptor_when_on_the_module_path() {
        var services = Replies.resource("META-INF/services/" + ModelProviderFactory.class.getName())
                .lines()
                .toList();
        assertThat(services).contains(AnthropicProviderFactory.class.getName());

        var module = AnthropicProviderFactory.class.getModule();
        if (!module.isNamed()) return;
        var published = module.getDescriptor().provides().stream()
                .filter(provides -> provides.service().equals(ModelProviderFactory.class.getName()))
                .flatMap(provides -> provides.providers().stream())
                .toList();
        assertThat(published).contains(AnthropicProviderFactory.class.getName());
    }

    static List<Arguments> wrongSettings() {
        return List.of(
                Arguments.of(
                        "base_urll",
                        JsonValue.of("x"),
                        "providers.claude.base_urll is not a setting of type anthropic"),
                Arguments.of(
                        "base_url",
                        JsonValue.of("ftp://host"),
                        "providers.claude.base_url must be an http or https URL"),
                Arguments.of("version", JsonValue.of("2023 06 01"), "providers.claude.version must be made of"),
                Arguments.of(
                        "beta",
                        new JsonValue.Arr(List.of(JsonValue.of("ok-1"), JsonValue.of("no way"))),
                        "providers.claude.beta must be made of"),
                Arguments.of("beta", JsonValue.of("ok-1"), "providers.claude.beta must be a list of strings"),
                Arguments.of(
                        "default_max_tokens",
                        JsonValue.of("0"),
                        "providers.claude.default_max_tokens must be positive"),
                Arguments.of(
                        "default_max_tokens",
                        JsonValue.of("many"),
                        "providers.claude.default_max_tokens must be a whole"),
                Arguments.of(
                        "connect_timeout", JsonValue.of("0s"), "providers.claude.connect_timeout must be positive"),
                Arguments.of("headers", map("Host", "evil"), "providers.claude.headers.Host cannot be sent"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongSettings")
    void refuses_a_wrong_setting_naming_its_key(String key, JsonValue value, String message) {
        assertThatThrownBy(() -> factory.create(settings("claude", "anthropic", key, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void accepts_every_documented_setting() {
        var provider = factory.create(settings(
                "claude",
                "anthropic",
                "base_url",
                "https://anthropic.internal/",
                "version",
                "2023-06-01",
                "beta",
                new JsonValue.Arr(List.of(JsonValue.of("context-1m-2025-08-07"))),
                "default_max_tokens",
                "8192",
                "headers",
                map("X-Team", "search"),
                "connect_timeout",
                "2s",
                "request_timeout",
                "120s"));

        assertThat(provider).isNotNull();
    }
}
