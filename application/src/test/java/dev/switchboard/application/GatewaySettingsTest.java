package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ProviderSettings;
import dev.switchboard.domain.rotation.RotationSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GatewaySettingsTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final List<ProviderSettings> openai = List.of(factory.settings("openai"));

    @Test
    void rejects_a_provider_id_configured_twice() {
        var twice = List.of(factory.settings("openai"), factory.settings("openai"));

        assertThatThrownBy(() -> new GatewaySettings(twice, List.of(), Map.of(), MINUTE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("provider id 'openai' is configured twice");
    }

    @Test
    void rejects_an_alias_to_an_unknown_provider() {
        assertThatThrownBy(() -> new GatewaySettings(openai, List.of(), Map.of("fast", "mistral/small"), MINUTE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alias 'fast' names unknown provider mistral");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt-4o", "openai/", "/gpt-4o", "OpenAI/gpt-4o", ""})
    void rejects_an_alias_that_is_not_provider_slash_model(String target) {
        assertThatThrownBy(() -> new GatewaySettings(openai, List.of(), Map.of("fast", target), MINUTE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alias 'fast' must point at provider/model, not: " + target);
    }

    @Test
    void rejects_a_key_for_an_unknown_provider() {
        var key = new KeySeed(ProviderId.of("anthropic"), "primary", Secret.of("sk-ant-1"));

        assertThatThrownBy(() -> new GatewaySettings(openai, List.of(key), Map.of(), MINUTE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key 'primary' names unknown provider anthropic")
                .hasMessageNotContaining("sk-ant-1");
    }

    @ParameterizedTest
    @CsvSource({"0", "-1"})
    void rejects_a_request_timeout_that_is_not_positive(long seconds) {
        assertThatThrownBy(() -> new GatewaySettings(openai, List.of(), Map.of(), Duration.ofSeconds(seconds), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("request timeout must be positive");
    }

    @Test
    void requires_a_request_timeout() {
        assertThatThrownBy(() -> new GatewaySettings(openai, List.of(), Map.of(), null, null))
                .hasMessage("requestTimeout");
    }

    @Test
    void accepts_a_consistent_configuration_and_copies_it() {
        var providers = new ArrayList<>(openai);
        var aliases = new LinkedHashMap<>(Map.of("fast", "openai/gpt-4o-mini"));
        var key = new KeySeed(ProviderId.of("openai"), "primary", Secret.of("sk-1"));

        var settings = new GatewaySettings(providers, List.of(key), aliases, MINUTE, ReadinessTest.database());
        providers.clear();
        aliases.clear();

        assertThat(settings.providers()).hasSize(1);
        assertThat(settings.aliases()).containsEntry("fast", "openai/gpt-4o-mini");
        assertThat(settings.keys()).containsExactly(key);
    }

    @Test
    void in_memory_settings_have_no_keys_no_aliases_and_a_minute() {
        var settings = GatewaySettings.inMemory(openai);

        assertThat(settings.keys()).isEmpty();
        assertThat(settings.aliases()).isEmpty();
        assertThat(settings.requestTimeout()).isEqualTo(MINUTE);
        assertThat(settings.storage()).isNull();
    }

    @Test
    void a_key_seed_needs_a_provider_a_name_and_a_secret() {
        assertThatThrownBy(() -> new KeySeed(null, "n", Secret.of("s"))).hasMessage("provider");
        assertThatThrownBy(() -> new KeySeed(ProviderId.of("p"), " ", Secret.of("s")))
                .hasMessage("key name must not be blank");
        assertThatThrownBy(() -> new KeySeed(ProviderId.of("p"), null, Secret.of("s")))
                .hasMessage("key name must not be blank");
        assertThatThrownBy(() -> new KeySeed(ProviderId.of("p"), "n", null)).hasMessage("secret");
        assertThat(new KeySeed(ProviderId.of("p"), "n", Secret.of("sk-9")).toString())
                .doesNotContain("sk-9");
    }

    @Test
    void a_key_seed_has_weight_1_and_priority_0_unless_given() {
        var plain = new KeySeed(ProviderId.of("p"), "n", Secret.of("s"));
        var weighted = new KeySeed(ProviderId.of("p"), "n", Secret.of("s"), 1000, 1000);

        assertThat(plain.weight()).isEqualTo(1);
        assertThat(plain.priority()).isZero();
        assertThat(weighted.weight()).isEqualTo(1000);
        assertThat(weighted.priority()).isEqualTo(1000);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0, key weight must be 1-1000",
        "1001, 0, key weight must be 1-1000",
        "1, -1, key priority must be 0-1000",
        "1, 1001, key priority must be 0-1000"
    })
    void a_key_seed_refuses_a_weight_or_priority_out_of_range(int weight, int priority, String message) {
        assertThatThrownBy(() -> new KeySeed(ProviderId.of("p"), "n", Secret.of("s"), weight, priority))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void settings_rotate_keys_by_the_defaults_unless_told_otherwise() {
        var settings = GatewaySettings.inMemory(openai);
        var tuned = new KeyRotationSettings(RotationSettings.defaults(), Duration.ZERO, Duration.ZERO);

        assertThat(settings.rotation()).isEqualTo(KeyRotationSettings.defaults());
        assertThat(settings.withRotation(tuned).rotation()).isEqualTo(tuned);
        assertThat(settings.withRotation(tuned).providers()).isEqualTo(settings.providers());
        assertThatThrownBy(() -> settings.withRotation(null)).hasMessage("rotation");
    }

    @Test
    void key_rotation_defaults_refresh_every_second_and_probe_every_five_minutes() {
        var defaults = KeyRotationSettings.defaults();

        assertThat(defaults.rules()).isEqualTo(RotationSettings.defaults());
        assertThat(defaults.refresh()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.probeInterval()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void key_rotation_refuses_a_refresh_beyond_an_hour_and_negative_durations() {
        var rules = RotationSettings.defaults();

        assertThatThrownBy(() -> new KeyRotationSettings(rules, Duration.ofMinutes(61), Duration.ZERO))
                .hasMessage("refresh must be from zero to an hour");
        assertThatThrownBy(() -> new KeyRotationSettings(rules, Duration.ofSeconds(-1), Duration.ZERO))
                .hasMessage("refresh must be from zero to an hour");
        assertThatThrownBy(() -> new KeyRotationSettings(rules, Duration.ZERO, Duration.ofSeconds(-1)))
                .hasMessage("probeInterval must not be negative");
        assertThatThrownBy(() -> new KeyRotationSettings(null, Duration.ZERO, Duration.ZERO))
                .hasMessage("rules");
        assertThat(new KeyRotationSettings(rules, KeyRotationSettings.LONGEST_REFRESH, Duration.ZERO).refresh())
                .isEqualTo(Duration.ofHours(1));
    }
}
