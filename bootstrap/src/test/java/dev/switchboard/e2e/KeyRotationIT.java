package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5 end to end: three keys for one upstream, one revoked (401) and one rate-limited (429), behind packaged gateway
 * processes that share a real PostgreSQL database. Clients see only successes; a second node and a restarted node skip
 * the bad keys without trying them again.
 */
class KeyRotationIT {

    private static final String MASTER_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String COMPLETION = """
            {"id":"chatcmpl-up","object":"chat.completion","created":1700000000,"model":"m",
             "choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}],
             "usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4}}""";

    private static final Map<String, AtomicInteger> chatCalls = new ConcurrentHashMap<>();
    private static EmbeddedPostgres postgres;
    private static LoopbackHttp upstream;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        upstream = LoopbackHttp.start(KeyRotationIT::answer);
    }

    @AfterAll
    static void stop() throws IOException {
        upstream.close();
        postgres.close();
    }

    @Test
    void clients_see_only_successes_and_every_node_skips_the_revoked_and_the_limited_key() throws Exception {
        Path config = config();
        Map<String, String> env = Map.of(
                "DATABASE_URL", postgres.getJdbcUrl("postgres", "postgres"), "SWITCHBOARD_MASTER_KEY", MASTER_KEY);

        try (var first = PackagedGateway.start(Files.createDirectories(dir.resolve("a")), config, env)) {
            for (int i = 0; i < 9; i++) assertThat(chat(first)).isEqualTo(200);
        }
        assertThat(calls("sk-limited")).isEqualTo(1);
        assertThat(calls("sk-revoked")).isEqualTo(1);
        assertThat(calls("sk-good")).isEqualTo(9);

        try (var second = PackagedGateway.start(Files.createDirectories(dir.resolve("b")), config, env);
                var restarted = PackagedGateway.start(Files.createDirectories(dir.resolve("c")), config, env)) {
            for (int i = 0; i < 6; i++) {
                assertThat(chat(second)).isEqualTo(200);
                assertThat(chat(restarted)).isEqualTo(200);
            }
        }
        assertThat(calls("sk-limited"))
                .as("a cooling key, seen from other nodes")
                .isEqualTo(1);
        assertThat(calls("sk-revoked"))
                .as("a disabled key, seen from other nodes")
                .isEqualTo(1);
        assertThat(calls("sk-good")).isEqualTo(21);
    }

    private Path config() throws IOException {
        return Files.writeString(dir.resolve("switchboard.yaml"), """
                providers:
                  - id: up
                    type: openai-compatible
                    base_url: "http://127.0.0.1:%d/v1"
                    api_keys:
                      - { name: good, value: "sk-good" }
                      - { name: limited, value: "sk-limited" }
                      - { name: revoked, value: "sk-revoked" }
                """.formatted(upstream.port()));
    }

    private static int chat(PackagedGateway gateway) throws IOException {
        var connection = (HttpURLConnection)
                URI.create(gateway.baseUrl() + "/v1/chat/completions").toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
            out.write("{\"model\":\"up/m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"
                    .getBytes(StandardCharsets.UTF_8));
        }
        try {
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }

    private static int calls(String key) {
        return chatCalls.getOrDefault(key, new AtomicInteger()).get();
    }

    private static UpstreamReplies.Reply answer(LoopbackHttp.Request request) {
        String key = keyOf(request);
        if (request.path().endsWith("/models")) {
            // Health checks list models; answering them for every key keeps readiness out of this test's counts.
            return json(200, Map.of(), "{\"object\":\"list\",\"data\":[{\"id\":\"m\",\"object\":\"model\"}]}");
        }
        chatCalls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        return switch (key) {
            case "sk-good" -> json(200, Map.of(), COMPLETION);
            case "sk-limited" ->
                json(429, Map.of("retry-after", "300"), error("Rate limit reached", "requests", "rate_limit_exceeded"));
            default ->
                json(401, Map.of(), error("Incorrect API key provided", "invalid_request_error", "invalid_api_key"));
        };
    }

    private static String keyOf(LoopbackHttp.Request request) {
        String header =
                request.headers().getOrDefault("authorization", List.of("")).getFirst();
        return header.startsWith("Bearer ") ? header.substring("Bearer ".length()) : "";
    }

    private static String error(String message, String type, String code) {
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"param\":null,\"code\":\"" + code
                + "\"}}";
    }

    private static UpstreamReplies.Reply json(int status, Map<String, String> headers, String body) {
        return new UpstreamReplies.Reply(status, "application/json", headers, body, List.of());
    }
}
