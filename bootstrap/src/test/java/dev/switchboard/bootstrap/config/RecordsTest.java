package dev.switchboard.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.rotation.RotationSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The records also guard themselves when code builds them, as an embedding application may. */
class RecordsTest {

    static Stream<Arguments> invalidRecords() {
        Duration minute = Duration.ofMinutes(1);
        return Stream.of(
                invalid(() -> new ServerConfig(-1, "h", minute, 1, true), "server.port"),
                invalid(() -> new ServerConfig(1, " ", minute, 1, true), "server.host"),
                invalid(() -> new ServerConfig(1, "h", Duration.ZERO, 1, true), "server.request_timeout_s"),
                invalid(() -> new ServerConfig(1, "h", minute, 0, true), "server.max_body_bytes"),
                invalid(() -> new DatabaseConfig("postgres://x", null, null), "database.url"),
                invalid(() -> new LoggingConfig("info"), "logging.level"),
                invalid(() -> new KeyConfig("", Secret.of("k")), "api key name"),
                invalid(() -> new KeyConfig("a", Secret.of("k"), 0, 0), "api key weight"),
                invalid(() -> new KeyConfig("a", Secret.of("k"), 1, 1001), "api key priority"),
                invalid(
                        () -> new RotationConfig(RotationSettings.defaults(), Duration.ofHours(2), minute),
                        "rotation.refresh"),
                invalid(
                        () -> new RotationConfig(RotationSettings.defaults(), minute, Duration.ofDays(2)),
                        "rotation.probe_interval"),
                invalid(() -> new ProviderConfig(ProviderId.of("x"), "gpt", List.of(), Map.of()), "provider type"));
    }

    private static Arguments invalid(Runnable build, String named) {
        return Arguments.of(build, named);
    }

    @ParameterizedTest
    @MethodSource("invalidRecords")
    void a_record_rejects_an_invalid_value_naming_the_field(Runnable build, String named) {
        assertThatThrownBy(build::run)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(named);
    }

    @Test
    void records_copy_their_collections() {
        var keys = new ArrayList<>(List.of(Secret.of("k1")));
        var security = new SecurityConfig(keys, List.of(), List.of());
        keys.add(Secret.of("k2"));

        assertThat(security.apiKeys()).containsExactly(Secret.of("k1"));
        assertThatThrownBy(() -> security.apiKeys().add(Secret.of("k3")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void printing_a_configuration_shows_no_secret() {
        var config = GatewayConfig.parse("""
                security: { api_keys: [ sk-client ] }
                database: { url: "jdbc:h2:mem:x", password: sk-db }
                providers:
                  - id: bedrock
                    type: bedrock
                    secret_access_key: sk-aws
                    api_keys: [ { name: main, value: sk-key } ]
                """, Map.of());

        assertThat(config.toString()).doesNotContain("sk-").contains("bedrock", "main", "secret_access_key");
        assertThat(config.providers().getFirst().settings()).containsEntry("secret_access_key", JsonValue.of("sk-aws"));
    }
}
