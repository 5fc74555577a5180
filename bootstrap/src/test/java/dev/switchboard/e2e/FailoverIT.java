package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": one model reachable through two providers keeps being served through the outage of
 * either, clients see which provider served them, and {@code /v1/models} shows the model with its capabilities. The
 * packaged gateway runs over two loopback OpenAI-compatible upstreams, each of which can be taken down (503).
 */
class FailoverIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODEL = "gpt-4o-mini";

    @TempDir
    static Path workDir;

    private static Upstream primary;
    private static Upstream secondary;
    private static PackagedGateway switchboard;

    /** A loopback upstream that answers chat, streams and its model list, or 503 while it is down. */
    static final class Upstream implements AutoCloseable {
        final AtomicInteger chats = new AtomicInteger();
        volatile boolean down;
        private final LoopbackHttp server;

        Upstream() throws IOException {
            this.server = LoopbackHttp.start(this::answer);
        }

        String root() {
            return "http://127.0.0.1:" + server.port() + "/v1";
        }

        private UpstreamReplies.Reply answer(LoopbackHttp.Request request) {
            if (request.path().endsWith("/models")) {
                return new UpstreamReplies.Reply(200, "application/json", Map.of(), """
                        {"object":"list","data":[{"id":"gpt-4o-mini","object":"model","created":1721172741,\
                        "owned_by":"system"}]}""", List.of());
            }
            chats.incrementAndGet();
            if (down) return UpstreamReplies.error(503, ChatReplies.UPSTREAM_FAILURE);
            if (request.body().contains("\"stream\":true")) {
                return new UpstreamReplies.Reply(
                        200, "text/event-stream", Map.of(), "", ChatReplies.textStream(Family.OPENAI, MODEL));
            }
            return new UpstreamReplies.Reply(
                    200, "application/json", Map.of(), ChatReplies.completion(Family.OPENAI, MODEL), List.of());
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    @BeforeAll
    static void start_two_upstreams_and_the_gateway() throws Exception {
        primary = new Upstream();
        secondary = new Upstream();
        Path config = workDir.resolve("switchboard.yaml");
        Files.writeString(config, """
                providers:
                  - { id: east, type: openai-compatible, base_url: "%s" }
                  - { id: west, type: openai-compatible, base_url: "%s" }
                models:
                  aliases:
                    mini: [east/gpt-4o-mini, west/gpt-4o-mini]
                routing:
                  retry: { max_attempts: 2, initial_backoff: 10ms, max_backoff: 20ms }
                  circuit_breaker: { minimum_calls: 100, window: 100 }   # stays closed: each test sees retries
                """.formatted(primary.root(), secondary.root()));
        switchboard = PackagedGateway.start(workDir, config, Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (switchboard != null) switchboard.close();
        if (primary != null) primary.close();
        if (secondary != null) secondary.close();
    }

    @BeforeEach
    void both_upstreams_are_up() {
        primary.down = false;
        secondary.down = false;
    }

    @Test
    void the_first_target_serves_while_it_is_up_and_the_answer_says_so() throws IOException {
        var answer = chat("mini", false);

        assertThat(answer.status()).as(switchboard::log).isEqualTo(200);
        assertThat(answer.header("x-switchboard-provider")).isEqualTo("east");
        assertThat(answer.header("x-switchboard-model")).isEqualTo(MODEL);
        assertThat(answer.header("x-switchboard-attempts")).isEqualTo("1");
        assertThat(Double.parseDouble(answer.header("x-switchboard-overhead-ms")))
                .isBetween(0.0, 1_000.0);
        assertThat(JSON.readTree(answer.body()).at("/choices/0/message/content").asText())
                .isEqualTo(ChatReplies.GREETING);
    }

    @Test
    void an_outage_of_the_first_provider_is_served_by_the_second_streams_included() throws IOException {
        primary.down = true;
        int before = primary.chats.get();

        var answer = chat("mini", false);
        var stream = chat("mini", true);

        assertThat(answer.status()).as(switchboard::log).isEqualTo(200);
        assertThat(answer.header("x-switchboard-provider")).isEqualTo("west");
        assertThat(answer.header("x-switchboard-attempts"))
                .as("two tries at east, then west")
                .isEqualTo("3");
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.header("x-switchboard-provider")).isEqualTo("west");
        assertThat(stream.body()).contains("\"content\":\"Hello\"").endsWith("data: [DONE]\n\n");
        assertThat(primary.chats.get() - before).isEqualTo(4);
    }

    @Test
    void an_outage_of_the_second_provider_changes_nothing_for_clients() throws IOException {
        secondary.down = true;

        var answer = chat("mini", false);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("x-switchboard-provider")).isEqualTo("east");
    }

    @Test
    void with_both_down_the_client_gets_the_upstream_failure_in_the_openai_envelope() throws IOException {
        primary.down = true;
        secondary.down = true;

        var answer = chat("mini", false);

        assertThat(answer.status()).isIn(502, 503);
        JsonNode error = JSON.readTree(answer.body()).get("error");
        assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception");
        assertThat(error.has("type")).isTrue();
    }

    @Test
    void the_model_list_shows_both_providers_models_with_capabilities_and_the_alias() throws IOException {
        var models = JSON.readTree(get("/v1/models").body()).get("data");

        assertThat(models.findValuesAsText("id")).contains("east/gpt-4o-mini", "west/gpt-4o-mini", "mini");
        JsonNode east = models.get(0);
        assertThat(east.at("/switchboard/context_window").asInt()).isEqualTo(128_000);
        assertThat(east.get("switchboard").get("capabilities").toString()).contains("vision", "tools");
        JsonNode alias = models.get(models.size() - 1);
        assertThat(alias.get("id").asText()).isEqualTo("mini");
        assertThat(alias.at("/switchboard/targets").toString()).contains("east/gpt-4o-mini", "west/gpt-4o-mini");
    }

    private record Answer(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> name.equalsIgnoreCase(e.getKey()))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse("");
        }
    }

    private static Answer chat(String model, boolean stream) throws IOException {
        String body = "{\"model\":\"" + model + "\",\"stream\":" + stream
                + ",\"messages\":[{\"role\":\"user\",\"content\":\"Hello!\"}]}";
        return send("POST", "/v1/chat/completions", body);
    }

    private static Answer get(String path) throws IOException {
        return send("GET", path, null);
    }

    private static Answer send(String method, String path, String body) throws IOException {
        var connection = (HttpURLConnection)
                URI.create(switchboard.baseUrl() + path).toURL().openConnection();
        connection.setRequestMethod(method);
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        if (body != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        }
        try {
            int status = connection.getResponseCode();
            InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(status, connection.getHeaderFields(), text);
        } finally {
            connection.disconnect();
        }
    }
}
