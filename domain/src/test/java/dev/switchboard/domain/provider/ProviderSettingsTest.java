package dev.switchboard.domain.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.model.ProviderId;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderSettingsTest {

    private static ProviderSettings with(String key, JsonValue value) {
        return ProviderSettings.of("openai", "openai", Map.of(key, value));
    }

    private static JsonValue num(String value) {
        return new JsonValue.Num(new BigDecimal(value));
    }

    private static final ProviderSettings EMPTY = ProviderSettings.of("openai", "openai", Map.of());

    @Test
    void of_uses_a_sixty_second_timeout() {
        assertThat(EMPTY.id()).isEqualTo(ProviderId.of("openai"));
        assertThat(EMPTY.type()).isEqualTo("openai");
        assertThat(EMPTY.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(EMPTY.timeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void reads_strings_numbers_and_booleans_as_strings() {
        assertThat(with("k", JsonValue.of("v")).optionalString("k")).contains("v");
        assertThat(with("k", num("8080")).optionalString("k")).contains("8080");
        assertThat(with("k", num("1E+3")).optionalString("k")).contains("1000");
        assertThat(with("k", new JsonValue.Bool(true)).optionalString("k")).contains("true");
        assertThat(with("k", JsonValue.NULL).optionalString("k")).isEmpty();
        assertThat(EMPTY.optionalString("k")).isEmpty();
    }

    @Test
    void a_list_or_object_is_no_string() {
        assertThatThrownBy(() -> with("base_url", new JsonValue.Arr(List.of())).optionalString("base_url"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("providers.openai.base_url must be a string");
        assertThatThrownBy(() -> with("base_url", JsonValue.emptyObject()).string("base_url"))
                .hasMessage("providers.openai.base_url must be a string");
    }

    @Test
    void a_required_string_names_its_key_when_missing() {
        assertThat(with("deployment", JsonValue.of("gpt4")).string("deployment"))
                .isEqualTo("gpt4");
        assertThatThrownBy(() -> EMPTY.string("deployment"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("providers.openai.deployment is required");
        assertThat(EMPTY.string("deployment", "fallback")).isEqualTo("fallback");
        assertThat(with("deployment", JsonValue.of("x")).string("deployment", "fallback"))
                .isEqualTo("x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:11434/v1", "https://api.openai.com/v1"})
    void reads_http_and_https_urls(String url) {
        assertThat(with("base_url", JsonValue.of(url)).uri("base_url")).isEqualTo(URI.create(url));
        assertThat(with("base_url", JsonValue.of(url)).optionalUri("base_url")).contains(URI.create(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com", "localhost:8080", "/v1/chat", "mailto:a@b.c"})
    void rejects_urls_of_other_schemes(String url) {
        assertThatThrownBy(() -> with("base_url", JsonValue.of(url)).uri("base_url"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("providers.openai.base_url must be an http or https URL");
    }

    @Test
    void rejects_text_that_is_no_url() {
        assertThatThrownBy(() ->
                        with("base_url", JsonValue.of("http://exa mple.com")).uri("base_url"))
                .hasMessage("providers.openai.base_url must be a URL");
    }

    @Test
    void a_required_url_names_its_key_when_missing() {
        assertThat(EMPTY.optionalUri("base_url")).isEmpty();
        assertThatThrownBy(() -> EMPTY.uri("base_url")).hasMessage("providers.openai.base_url is required");
    }

    @Test
    void reads_durations_from_numbers_and_text() {
        var fallback = Duration.ofSeconds(9);

        assertThat(with("t", num("30")).duration("t", fallback)).isEqualTo(Duration.ofSeconds(30));
        assertThat(with("t", JsonValue.of("500ms")).duration("t", fallback)).isEqualTo(Duration.ofMillis(500));
        assertThat(EMPTY.duration("t", fallback)).isEqualTo(fallback);
        assertThatThrownBy(() -> with("t", JsonValue.of("soon")).duration("t", fallback))
                .hasMessage("providers.openai.t must be a duration such as 30s or 500ms");
    }

    @Test
    void the_entrys_request_timeout_overrides_the_gateways() {
        assertThat(with("request_timeout", JsonValue.of("2m")).timeout()).isEqualTo(Duration.ofMinutes(2));
        var settings = new ProviderSettings(ProviderId.of("x"), "t", Map.of(), Duration.ofSeconds(5));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void reads_whole_numbers() {
        assertThat(with("n", num("3")).integer("n", 1)).isEqualTo(3);
        assertThat(with("n", JsonValue.of("-7")).integer("n", 1)).isEqualTo(-7);
        assertThat(EMPTY.integer("n", 1)).isEqualTo(1);
        assertThatThrownBy(() -> with("n", num("1.5")).integer("n", 1))
                .hasMessage("providers.openai.n must be a whole number");
        assertThatThrownBy(() -> with("n", JsonValue.of("many")).integer("n", 1))
                .hasMessage("providers.openai.n must be a whole number");
    }

    @Test
    void reads_booleans() {
        assertThat(with("b", new JsonValue.Bool(false)).bool("b", true)).isFalse();
        assertThat(with("b", JsonValue.of("true")).bool("b", false)).isTrue();
        assertThat(EMPTY.bool("b", true)).isTrue();
        assertThatThrownBy(() -> with("b", JsonValue.of("yes")).bool("b", false))
                .hasMessage("providers.openai.b must be true or false");
    }

    @Test
    void reads_lists_of_strings() {
        var list = new JsonValue.Arr(List.of(JsonValue.of("a"), JsonValue.of("b")));

        assertThat(with("l", list).stringList("l")).containsExactly("a", "b");
        assertThat(EMPTY.stringList("l")).isEmpty();
        assertThat(with("l", JsonValue.NULL).stringList("l")).isEmpty();
        assertThatThrownBy(() -> with("l", new JsonValue.Arr(List.of(num("1")))).stringList("l"))
                .hasMessage("providers.openai.l must be a list of strings");
        assertThatThrownBy(() -> with("l", JsonValue.of("a")).stringList("l"))
                .hasMessage("providers.openai.l must be a list of strings");
    }

    @Test
    void reads_maps_of_strings_in_order() {
        var fields = new LinkedHashMap<String, JsonValue>();
        fields.put("z", JsonValue.of("1"));
        fields.put("a", JsonValue.of("2"));

        assertThat(with("h", new JsonValue.Obj(fields)).stringMap("h"))
                .containsExactly(Map.entry("z", "1"), Map.entry("a", "2"));
        assertThat(EMPTY.stringMap("h")).isEmpty();
        assertThat(with("h", JsonValue.NULL).stringMap("h")).isEmpty();
        assertThatThrownBy(() ->
                        with("h", new JsonValue.Obj(Map.of("x-key", num("1")))).stringMap("h"))
                .hasMessage("providers.openai.h.x-key must be a string");
        assertThatThrownBy(() -> with("h", JsonValue.of("a")).stringMap("h"))
                .hasMessage("providers.openai.h must be a map of strings");
    }

    @Test
    void is_a_snapshot_of_its_values() {
        var values = new HashMap<String, JsonValue>();
        var settings = ProviderSettings.of("openai", "openai", values);

        values.put("k", JsonValue.of("v"));

        assertThat(settings.optionalString("k")).isEmpty();
        assertThatThrownBy(() -> settings.values().put("k", JsonValue.NULL))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejects_missing_parts() {
        assertThatThrownBy(() -> new ProviderSettings(null, "t", Map.of(), Duration.ZERO))
                .hasMessage("id");
        assertThatThrownBy(() -> new ProviderSettings(ProviderId.of("x"), null, Map.of(), Duration.ZERO))
                .hasMessage("type");
        assertThatThrownBy(() -> new ProviderSettings(ProviderId.of("x"), "t", Map.of(), null))
                .hasMessage("requestTimeout");
    }
}
