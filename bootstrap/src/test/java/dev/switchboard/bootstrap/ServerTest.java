package dev.switchboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.bootstrap.config.GatewayConfig;
import dev.switchboard.domain.auth.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTest {

    private static final Secret MASTER_KEY = Secret.of(Base64.getEncoder().encodeToString(new byte[32]));

    @TempDir
    Path dir;

    private GatewayConfig config(String yaml) {
        return GatewayConfig.parse(
                yaml, Map.of("DATABASE_URL", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()));
    }

    @Test
    void serves_the_mock_provider_over_http_with_keys_checked() throws IOException {
        var config = config("""
                server: { port: 0, host: 127.0.0.1 }
                security: { api_keys: ["sk-test-123456"] }
                providers:
                  - { id: mock, type: mock, api_keys: [ { name: demo, value: "not-needed-by-the-mock" } ] }
                models:
                  aliases: { fast: "mock/echo" }
                """);
        try (var server = Server.start(config, MASTER_KEY, Map.of())) {
            String body = "{\"model\":\"fast\",\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}]}";

            var ok = post(server.port(), "/v1/chat/completions", body, "sk-test-123456");
            var refused = post(server.port(), "/v1/chat/completions", body, "wrong");

            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.body()).contains("\"object\":\"chat.completion\"").contains("ping");
            assertThat(refused.status()).isEqualTo(401);
        }
    }

    @Test
    void seeds_configured_keys_and_aliases_into_the_gateway_settings() {
        var config = config("""
                providers:
                  - { id: mock, type: mock, api_keys: [ { name: a, value: "k1" }, { name: b, value: "k2" } ] }
                models:
                  aliases: { fast: "mock/echo" }
                """);

        var settings = Server.gatewaySettings(config, MASTER_KEY);

        assertThat(settings.keys()).extracting(k -> k.name()).containsExactly("a", "b");
        assertThat(settings.aliases()).containsEntry("fast", "mock/echo");
        assertThat(settings.storage()).isNotNull();
        assertThat(settings.providers()).extracting(p -> p.type()).containsExactly("mock");
    }

    @Test
    void passes_the_key_weights_and_the_rotation_section_to_the_gateway_settings() {
        var config = config("""
                providers:
                  - id: mock
                    type: mock
                    api_keys: [ { name: a, value: "k1", weight: 3, priority: 1 }, { name: b, value: "k2" } ]
                rotation: { base_cooldown: 2s, stickiness: false, refresh: 250ms, probe_interval: 0 }
                """);

        var settings = Server.gatewaySettings(config, MASTER_KEY);

        assertThat(settings.keys())
                .extracting(k -> k.name() + ":" + k.weight() + ":" + k.priority())
                .containsExactly("a:3:1", "b:1:0");
        assertThat(settings.rotation().rules().baseCooldown()).isEqualTo(java.time.Duration.ofSeconds(2));
        assertThat(settings.rotation().rules().stickiness()).isFalse();
        assertThat(settings.rotation().refresh()).isEqualTo(java.time.Duration.ofMillis(250));
        assertThat(settings.rotation().probeInterval()).isZero();
    }

    record Reply(int status, String body) {}

    static Reply post(int port, String path, String json, String key) throws IOException {
        var connection = (HttpURLConnection)
                URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setRequestProperty("Authorization", "Bearer " + key);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        int status = connection.getResponseCode();
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            return new Reply(status, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
