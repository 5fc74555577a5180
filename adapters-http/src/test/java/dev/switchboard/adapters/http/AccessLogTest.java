package dev.switchboard.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** One JSON access line per request, under {@code switchboard.access}, with no secret and no message content. */
class AccessLogTest {

    @Test
    void writes_one_json_line_with_the_route_tokens_and_timings_of_a_chat_call() {
        List<JsonNode> lines = capture(() -> Api.test(new FakeModelProvider(), (server, client) -> {
            var response = Api.post(client, "/v1/chat/completions", Api.chat("mock/gpt-4o", ""));
            assertThat(response.code()).isEqualTo(200);
        }));

        assertThat(lines).hasSize(1);
        JsonNode line = lines.getFirst();
        assertThat(line.get("request_id").asText()).startsWith("req_");
        assertThat(line.get("method").asText()).isEqualTo("POST");
        assertThat(line.get("path").asText()).isEqualTo("/v1/chat/completions");
        assertThat(line.get("status").asInt()).isEqualTo(200);
        assertThat(line.get("client").asText()).isEqualTo("...6789");
        assertThat(line.get("provider").asText()).isEqualTo("mock");
        assertThat(line.get("model").asText()).isEqualTo("gpt-4o");
        assertThat(line.get("attempts").asInt()).isEqualTo(1);
        assertThat(line.get("latency_ms").asDouble()).isPositive();
        assertThat(line.get("overhead_ms").asDouble()).isNotNegative();
        assertThat(line.get("prompt_tokens").asInt()).isEqualTo(3);
        assertThat(line.get("completion_tokens").asInt()).isEqualTo(2);
        assertThat(line.get("failure").isNull()).isTrue();
    }

    @Test
    void never_carries_a_key_or_message_contents_even_for_a_refused_request() {
        List<String> raw = captureRaw(() -> Api.test(new FakeModelProvider(), (server, client) -> {
            Api.post(client, "/v1/chat/completions", Api.chat("mock/gpt-4o", ",\"user\":\"secret-user\""));
            Api.send(
                    client,
                    "POST",
                    "/v1/chat/completions?api_key=sk-in-query",
                    Api.chat("mock/gpt-4o", ""),
                    "Authorization",
                    "Bearer sk-wrong-key-0000");
        }));

        assertThat(raw).hasSize(2);
        assertThat(String.join("\n", raw))
                .doesNotContain(Api.KEY)
                .doesNotContain("sk-wrong-key")
                .doesNotContain("sk-in-query")
                .doesNotContain("secret-user")
                .doesNotContain("\"hi\"");
        assertThat(Api.json(raw.get(1)).get("status").asInt()).isEqualTo(401);
        assertThat(Api.json(raw.get(1)).has("model")).isFalse();
    }

    @Test
    void records_the_time_to_first_token_of_a_stream() {
        List<JsonNode> lines = capture(() -> Api.test(new FakeModelProvider(), (server, client) -> {
            Api.post(client, "/v1/chat/completions", Api.chat("mock/gpt-4o", ",\"stream\":true"))
                    .body()
                    .string();
        }));

        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst().get("ttft_ms").asDouble()).isNotNegative();
        assertThat(lines.getFirst().get("completion_tokens").asInt()).isPositive();
    }

    private static List<JsonNode> capture(Runnable run) {
        return captureRaw(run).stream().map(Api::json).toList();
    }

    private static List<String> captureRaw(Runnable run) {
        Logger access = Logger.getLogger(AccessLog.LOGGER);
        Level before = access.getLevel();
        access.setLevel(Level.ALL);
        try (var logs = new LogCapture()) {
            run.run();
            return logs.records().stream()
                    .filter(r -> r.getLoggerName().equals(AccessLog.LOGGER))
                    // JavalinTest's own request, after each test
                    .filter(r -> !r.getMessage().contains("/clear-cookies-"))
                    .map(r -> r.getMessage())
                    .toList();
        } finally {
            access.setLevel(before);
        }
    }
}
