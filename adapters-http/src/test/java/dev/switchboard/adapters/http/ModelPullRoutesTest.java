package dev.switchboard.adapters.http;

import static dev.switchboard.adapters.http.AdminSession.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.application.Gateway;
import dev.switchboard.application.GatewaySettings;
import dev.switchboard.domain.provider.ProviderSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** {@code POST /admin/providers/{id}/models/pull}: admin keys only, progress streamed as it arrives, clear refusals. */
class ModelPullRoutesTest {

    private static final String PULL = "/admin/providers/local/models/pull";
    private static final String LLAMA = "{\"model\":\"llama3.2\"}";

    private final PullingProvider local = new PullingProvider();

    @Test
    void streams_each_step_as_an_event_while_the_pull_still_runs() throws Exception {
        local.gate = new CountDownLatch(1);
        run(port -> {
            try (var http = HttpClient.newHttpClient()) {
                var response = http.send(post(port, PULL, LLAMA, ADMIN_KEY), HttpResponse.BodyHandlers.ofInputStream());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
                var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
                assertThat(lines.readLine()).isEqualTo("data: {\"status\":\"pulling manifest\"}");
                assertThat(lines.readLine()).isEmpty();
                local.gate.countDown();
                var rest = new ArrayList<String>();
                lines.lines().filter(line -> !line.isEmpty()).forEach(rest::add);
                assertThat(rest)
                        .containsExactly(
                                "data: {\"status\":\"pulling dde5aa3fc5ff\",\"digest\":\"sha256:dde5\",\"total\":100,"
                                        + "\"completed\":40}",
                                "data: {\"status\":\"success\"}");
            }
        });
        assertThat(local.released).containsExactly(true);
        assertThat(local.pulled).containsExactly("llama3.2");
    }

    @Test
    void refuses_a_client_key_with_403_and_no_key_with_401_without_pulling() throws Exception {
        run(port -> {
            assertThat(send(port, PULL, LLAMA, Api.KEY).statusCode()).isEqualTo(403);
            assertThat(send(port, PULL, LLAMA, null).statusCode()).isEqualTo(401);
        });
        assertThat(local.pulled).isEmpty();
    }

    @Test
    void an_unknown_provider_is_404_and_one_that_cannot_pull_is_400_naming_it() throws Exception {
        run(port -> {
            var unknown = send(port, "/admin/providers/elsewhere/models/pull", LLAMA, ADMIN_KEY);
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(Api.json(unknown.body()).at("/error/code").asText()).isEqualTo("provider_not_found");

            var cannot = send(port, "/admin/providers/mock/models/pull", LLAMA, ADMIN_KEY);
            assertThat(cannot.statusCode()).isEqualTo(400);
            JsonNode error = Api.json(cannot.body()).path("error");
            assertThat(error.path("param").asText()).isEqualTo("provider");
            assertThat(error.path("message").asText()).isEqualTo("Provider 'mock' (type fake) cannot pull models.");
        });
    }

    @Test
    void a_body_without_a_model_is_400_naming_the_field() throws Exception {
        run(port -> {
            var missing = send(port, PULL, "{}", ADMIN_KEY);
            assertThat(missing.statusCode()).isEqualTo(400);
            assertThat(Api.json(missing.body()).at("/error/param").asText()).isEqualTo("model");
            assertThat(send(port, PULL, "{\"model\":\"x\",\"insecure\":true}", ADMIN_KEY)
                            .statusCode())
                    .isEqualTo(400);
        });
        assertThat(local.pulled).isEmpty();
    }

    @Test
    void a_failure_before_the_first_step_is_an_ordinary_error_and_after_it_a_final_error_event() throws Exception {
        local.failAfter = 0;
        run(port -> {
            var before = send(port, PULL, LLAMA, ADMIN_KEY);
            assertThat(before.statusCode()).isEqualTo(404);
            assertThat(Api.json(before.body()).at("/error/code").asText()).isEqualTo("model_not_found");

            local.failAfter = 1;
            var after = send(port, PULL, LLAMA, ADMIN_KEY);
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.body())
                    .isEqualTo("data: {\"status\":\"pulling manifest\"}\n\n"
                            + "data: {\"error\":{\"message\":\"pull model manifest: file does not exist\","
                            + "\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"model_not_found\"}}\n\n");
        });
    }

    interface Steps {
        void run(int port) throws Exception;
    }

    private void run(Steps steps) throws Exception {
        var settings = GatewaySettings.inMemory(List.of(
                ProviderSettings.of("mock", "fake", Map.of()), ProviderSettings.of("local", "pulling", Map.of())));
        var factories = List.of(new FakeProviderFactory(new FakeModelProvider()), local.factory());
        try (Gateway gateway = Gateway.start(settings, factories, null);
                var api = HttpApi.create(gateway, AdminSession.settings()).start()) {
            steps.run(api.port());
        }
    }

    private static HttpRequest post(int port, String path, String body, String key) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) request.header("Authorization", "Bearer " + key);
        return request.build();
    }

    private static HttpResponse<String> send(int port, String path, String body, String key) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            return http.send(post(port, path, body, key), HttpResponse.BodyHandlers.ofString());
        }
    }
}
