package dev.switchboard.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.Gateway;
import dev.switchboard.application.GatewaySettings;
import dev.switchboard.domain.provider.ProviderSettings;
import io.opentelemetry.api.OpenTelemetry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics} over HTTP: who may read it, its formats, and what a request through the API leaves in it. */
class MetricsRoutesTest {

    private static final String CALLER = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final FakeModelProvider fake = new FakeModelProvider();
    private final Observability observability = Observability.create(OpenTelemetry.noop());

    @Test
    void counts_a_chat_request_and_shows_the_providers_state() {
        test(MetricsAccess.KEYS, (server, client) -> {
            Api.post(client, "/v1/chat/completions", Api.chat("mock/echo", ""));

            var response = Api.get(client, "/metrics");

            assertThat(response.code()).isEqualTo(200);
            assertThat(Api.header(response, "Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
            var scrape = Scrape.parse(response.body().string());
            assertThat(scrape.value(
                            "switchboard_requests_total", "endpoint", "chat", "provider", "mock", "model", "echo"))
                    .hasValue(1);
            assertThat(scrape.value("switchboard_upstream_calls_total", "provider", "mock", "outcome", "ok"))
                    .hasValue(1);
            assertThat(scrape.value("switchboard_provider_in_flight", "provider", "mock"))
                    .hasValue(0);
            assertThat(scrape.value("switchboard_circuits", "provider", "mock", "state", "closed"))
                    .hasValue(1);
            assertThat(scrape.value("switchboard_circuits", "provider", "mock", "state", "open"))
                    .hasValue(0);
        });
    }

    @Test
    void sends_the_callers_trace_context_upstream() {
        test(MetricsAccess.KEYS, (server, client) -> {
            var response = Api.send(
                    client,
                    "POST",
                    "/v1/chat/completions",
                    Api.chat("mock/echo", ""),
                    "Authorization",
                    "Bearer " + Api.KEY,
                    "traceparent",
                    CALLER);

            assertThat(response.code()).isEqualTo(200);
            assertThat(fake.traceParents).containsExactly(CALLER);
        });
    }

    @Test
    void needs_a_client_key_unless_configured_open() {
        test(MetricsAccess.KEYS, (server, client) -> {
            assertThat(Api.send(client, "GET", "/metrics", null).code()).isEqualTo(401);
            assertThat(Api.get(client, "/metrics").code()).isEqualTo(200);
        });
        test(MetricsAccess.OPEN, (server, client) -> {
            assertThat(Api.send(client, "GET", "/metrics", null).code()).isEqualTo(200);
            // Only /metrics is open: the API still needs its key.
            assertThat(Api.send(client, "GET", "/v1/models", null).code()).isEqualTo(401);
        });
        test(
                MetricsAccess.OFF,
                (server, client) ->
                        assertThat(Api.get(client, "/metrics").code()).isEqualTo(404));
    }

    @Test
    void answers_openmetrics_to_a_scraper_that_asks_for_it() {
        test(MetricsAccess.OPEN, (server, client) -> {
            var response =
                    Api.send(client, "GET", "/metrics", null, "Accept", "application/openmetrics-text; version=1.0.0");

            assertThat(Api.header(response, "Content-Type"))
                    .isEqualTo("application/openmetrics-text; version=1.0.0; charset=utf-8");
            assertThat(response.body().string()).endsWith("# EOF\n");
        });
    }

    private void test(MetricsAccess access, io.javalin.testtools.TestCase testCase) {
        var settings = GatewaySettings.inMemory(List.of(ProviderSettings.of("mock", "fake", Map.of())));
        try (var gateway = Gateway.start(settings, List.of(new FakeProviderFactory(fake)), null, observability)) {
            Api.run(
                    HttpApi.create(gateway, Api.settings(), observability, access)
                            .javalin(),
                    testCase);
        }
    }
}
