package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged gateway seen by an operator: spans exported over OTLP to a loopback collector and joined to the
 * caller's trace, the caller's trace carried upstream, {@code /metrics} scraped and parsed, and one JSON access line
 * per request, with no secret in any of them.
 */
class ObservabilityIT {

    private static final String CLIENT_KEY = "sk-client-e2e-0123456789";
    private static final String UPSTREAM_KEY = "sk-upstream-e2e-9876543210";
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER = "00-" + TRACE + "-00f067aa0ba902b7-01";
    private static final Pattern SAMPLE = Pattern.compile("(\\w+)\\{([^}]*)} (\\S+)");

    @TempDir
    static Path workDir;

    private static final List<LoopbackHttp.Request> upstreamCalls = new CopyOnWriteArrayList<>();
    private static final List<LoopbackHttp.Request> exports = new CopyOnWriteArrayList<>();
    private static LoopbackHttp upstream;
    private static LoopbackHttp collector;
    private static PackagedGateway switchboard;

    @BeforeAll
    static void start() throws Exception {
        upstream = LoopbackHttp.start(ObservabilityIT::answer);
        collector = LoopbackHttp.start(request -> {
            exports.add(request);
            return new UpstreamReplies.Reply(200, "application/x-protobuf", Map.of(), "", List.of());
        });
        Path config = Files.writeString(
                workDir.resolve("switchboard.yaml"), """
                security: { api_keys: ["${CLIENT_KEY}"] }
                providers:
                  - id: up
                    type: openai-compatible
                    base_url: "http://127.0.0.1:%d/v1"
                    api_keys: [ { name: main, value: "${UPSTREAM_KEY}" } ]
                telemetry:
                  otlp_endpoint: "http://127.0.0.1:%d"
                  service_name: switchboard-e2e
                """.formatted(upstream.port(), collector.port()));
        switchboard = PackagedGateway.start(
                workDir,
                config,
                Map.of("CLIENT_KEY", CLIENT_KEY, "UPSTREAM_KEY", UPSTREAM_KEY, "OTEL_BSP_SCHEDULE_DELAY", "100"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (switchboard != null) switchboard.close();
        if (upstream != null) upstream.close();
        if (collector != null) collector.close();
    }

    @Test
    void a_request_joins_the_callers_trace_carries_it_upstream_and_is_exported_with_genai_attributes()
            throws Exception {
        var answer = chat("req-traced-1", false, CALLER);

        assertThat(answer.status()).as(switchboard::log).isEqualTo(200);
        String sent = upstreamCalls.getLast().headers().get("traceparent").getFirst();
        assertThat(sent).startsWith("00-" + TRACE + "-").endsWith("-01").isNotEqualTo(CALLER);
        // The upstream call's span ends first and may go out in an earlier batch than the request's: read them all.
        String export = awaitExport("req-traced-1");
        assertThat(export)
                .contains("switchboard-e2e", "gen_ai.operation.name", "gen_ai.request.model", "up/gpt-4o-mini")
                .contains("gen_ai.usage.input_tokens", "gen_ai.provider.name", "switchboard.key")
                .doesNotContain(UPSTREAM_KEY, CLIENT_KEY);
    }

    @Test
    void metrics_count_requests_streams_tokens_and_upstream_calls_and_hold_no_secret() throws Exception {
        chat("req-metrics-1", false, null);
        chat("req-metrics-2", true, null);

        var refused = send("GET", "/metrics", null, null, null);
        var metrics = send("GET", "/metrics", null, CLIENT_KEY, null);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(metrics.status()).isEqualTo(200);
        String text = metrics.body();
        assertThat(sum(text, "switchboard_requests_total", "provider=\"up\"", "streaming=\"false\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(sum(text, "switchboard_requests_total", "provider=\"up\"", "streaming=\"true\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(sum(text, "switchboard_time_to_first_token_seconds_count", "provider=\"up\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(sum(text, "switchboard_tokens_total", "type=\"prompt\"")).isGreaterThan(0);
        assertThat(sum(text, "switchboard_upstream_calls_total", "outcome=\"ok\""))
                .isGreaterThanOrEqualTo(2);
        assertThat(sum(text, "switchboard_provider_healthy", "provider=\"up\"")).isEqualTo(1);
        assertThat(text).contains("jvm_memory_used_bytes").doesNotContain(UPSTREAM_KEY, CLIENT_KEY);
    }

    @Test
    void each_request_leaves_one_json_access_line_and_the_log_holds_no_secret() throws Exception {
        chat("req-logged-1", false, null);

        String log = awaitLog("\"request_id\":\"req-logged-1\"");
        String line = log.lines()
                .filter(l -> l.contains("\"request_id\":\"req-logged-1\""))
                .findFirst()
                .orElseThrow();
        assertThat(line)
                .contains("\"provider\":\"up\"", "\"model\":\"gpt-4o-mini\"", "\"status\":200")
                .contains("\"prompt_tokens\":", "\"overhead_ms\":");
        assertThat(log).doesNotContain(UPSTREAM_KEY, CLIENT_KEY, "Hello!");
    }

    private static UpstreamReplies.Reply answer(LoopbackHttp.Request request) {
        if (request.path().endsWith("/models")) {
            return new UpstreamReplies.Reply(200, "application/json", Map.of(), """
                    {"object":"list","data":[{"id":"gpt-4o-mini","object":"model","created":1,"owned_by":"s"}]}""", List.of());
        }
        upstreamCalls.add(request);
        if (request.body().contains("\"stream\":true")) {
            return new UpstreamReplies.Reply(
                    200, "text/event-stream", Map.of(), "", ChatReplies.textStream(Family.OPENAI, "gpt-4o-mini"));
        }
        return new UpstreamReplies.Reply(
                200, "application/json", Map.of(), ChatReplies.completion(Family.OPENAI, "gpt-4o-mini"), List.of());
    }

    /** The sum of the samples of {@code name} whose labels contain every one of {@code labels}. */
    private static double sum(String exposition, String name, String... labels) {
        return exposition
                .lines()
                .map(SAMPLE::matcher)
                .filter(m -> m.matches() && m.group(1).equals(name))
                .filter(m -> List.of(labels).stream().allMatch(m.group(2)::contains))
                .mapToDouble(m -> Double.parseDouble(m.group(3)))
                .sum();
    }

    /** Every span exported so far, once one of them names {@code requestId}. */
    private static String awaitExport(String requestId) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (var export : exports) {
                if (export.body().contains(requestId)) {
                    assertThat(export.path()).isEqualTo("/v1/traces");
                    assertThat(export.headers().get("content-type")).containsExactly("application/x-protobuf");
                    return String.join(
                            "\n",
                            exports.stream().map(LoopbackHttp.Request::body).toList());
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no span of " + requestId + " was exported; log:\n" + switchboard.log());
    }

    private static String awaitLog(String text) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            String log = switchboard.log();
            if (log.contains(text)) return log;
            Thread.sleep(50);
        }
        throw new AssertionError("the log has no " + text + ":\n" + switchboard.log());
    }

    private record Answer(int status, String body) {}

    private static Answer chat(String requestId, boolean stream, String traceparent) throws IOException {
        String body = "{\"model\":\"up/gpt-4o-mini\",\"stream\":" + stream
                + ",\"messages\":[{\"role\":\"user\",\"content\":\"Hello!\"}]}";
        var headers = new java.util.HashMap<String, String>();
        headers.put("X-Request-ID", requestId);
        if (traceparent != null) headers.put("traceparent", traceparent);
        return send("POST", "/v1/chat/completions", body, CLIENT_KEY, headers);
    }

    private static Answer send(String method, String path, String body, String key, Map<String, String> headers)
            throws IOException {
        var connection = (HttpURLConnection)
                URI.create(switchboard.baseUrl() + path).toURL().openConnection();
        connection.setRequestMethod(method);
        if (key != null) connection.setRequestProperty("Authorization", "Bearer " + key);
        if (headers != null) headers.forEach(connection::setRequestProperty);
        if (body != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
