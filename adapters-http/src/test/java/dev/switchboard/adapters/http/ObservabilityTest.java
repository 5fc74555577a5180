package dev.switchboard.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.telemetry.KeyEvent;
import dev.switchboard.domain.telemetry.RequestStart;
import dev.switchboard.domain.telemetry.TraceParent;
import dev.switchboard.domain.telemetry.UpstreamStart;
import dev.switchboard.domain.usage.Endpoint;
import dev.switchboard.domain.usage.UsageRecord;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Spans with the GenAI conventions, joined to the caller's trace, and the request metrics, scraped and parsed. */
class ObservabilityTest {

    private static final TraceParent CALLER = TraceParent.parse(
                    "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
            .orElseThrow();
    private static final ModelRef GPT = ModelRef.parse("openai/gpt-4o").orElseThrow();

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(spans))
                    .build())
            .build();
    private final Observability observability = Observability.create(sdk);

    @AfterEach
    void close() {
        sdk.close();
    }

    @Test
    void traces_a_request_and_its_upstream_call_in_the_callers_trace_with_genai_attributes() {
        var request = observability.request(new RequestStart("req-1", Endpoint.CHAT, "smart", false, CALLER));
        var call = request.upstream(new UpstreamStart(GPT, "openai", new ProfileId("key-1"), 1));
        TraceParent sent = call.traceParent();
        call.ended(null);
        request.ended(record(200, null, new Usage(120, 30, 100, 10, false)));

        SpanData server = span(SpanKind.SERVER);
        SpanData client = span(SpanKind.CLIENT);
        assertThat(server.getName()).isEqualTo("chat smart");
        assertThat(server.getTraceId()).isEqualTo(CALLER.traceId());
        assertThat(server.getParentSpanId()).isEqualTo(CALLER.spanId());
        assertThat(attribute(server, "gen_ai.operation.name")).isEqualTo("chat");
        assertThat(attribute(server, "gen_ai.request.model")).isEqualTo("smart");
        assertThat(attribute(server, "gen_ai.response.model")).isEqualTo("gpt-4o");
        assertThat(attribute(server, "switchboard.request_id")).isEqualTo("req-1");
        assertThat(server.getAttributes().get(AttributeKey.longKey("gen_ai.usage.input_tokens")))
                .isEqualTo(120);
        assertThat(server.getAttributes().get(AttributeKey.longKey("gen_ai.usage.output_tokens")))
                .isEqualTo(30);
        assertThat(server.getAttributes().get(AttributeKey.longKey("gen_ai.usage.cache_read.input_tokens")))
                .isEqualTo(100);
        assertThat(server.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(client.getName()).isEqualTo("chat gpt-4o");
        assertThat(client.getParentSpanId()).isEqualTo(server.getSpanId());
        assertThat(attribute(client, "gen_ai.provider.name")).isEqualTo("openai");
        assertThat(attribute(client, "gen_ai.request.model")).isEqualTo("gpt-4o");
        assertThat(attribute(client, "switchboard.key")).isEqualTo("key-1");
        assertThat(sent).isEqualTo(new TraceParent(CALLER.traceId(), client.getSpanId(), true));
    }

    @Test
    void marks_a_failed_call_and_a_failed_request_as_errors_of_their_kind() {
        var request = observability.request(new RequestStart("req-2", Endpoint.EMBEDDINGS, "openai/e", false, null));
        request.upstream(new UpstreamStart(GPT, "bedrock", new ProfileId("key-1"), 1))
                .ended("Timeout");
        request.ended(record(504, "Timeout", Usage.ZERO));

        SpanData server = span(SpanKind.SERVER);
        SpanData client = span(SpanKind.CLIENT);
        assertThat(server.getParentSpanId()).isEqualTo("0000000000000000");
        assertThat(server.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(attribute(server, "error.type")).isEqualTo("Timeout");
        assertThat(attribute(client, "error.type")).isEqualTo("Timeout");
        assertThat(attribute(client, "gen_ai.provider.name")).isEqualTo("aws.bedrock");
        assertThat(attribute(client, "gen_ai.operation.name")).isEqualTo("embeddings");
    }

    @Test
    void without_a_tracing_sdk_the_callers_trace_context_goes_upstream_unchanged() {
        var untraced = Observability.create(OpenTelemetry.noop());

        var joined = untraced.request(new RequestStart("req-3", Endpoint.CHAT, "m", true, CALLER));
        var alone = untraced.request(new RequestStart("req-4", Endpoint.CHAT, "m", true, null));

        assertThat(joined.upstream(new UpstreamStart(GPT, "openai", new ProfileId("k"), 1))
                        .traceParent())
                .isEqualTo(CALLER);
        assertThat(alone.upstream(new UpstreamStart(GPT, "openai", new ProfileId("k"), 1))
                        .traceParent())
                .isNull();
    }

    @Test
    void counts_requests_errors_tokens_cost_latency_and_overhead() {
        observability.request(start()).ended(record(200, null, new Usage(120, 30, 100, 10, false)));
        observability.request(start()).ended(record(429, "RateLimited", Usage.ZERO));

        var scrape = Scrape.parse(observability.registry().scrape());

        assertThat(scrape.value("switchboard_requests_total", "endpoint", "chat", "model", "gpt-4o", "status", "200"))
                .hasValue(1);
        assertThat(scrape.value(
                        "switchboard_requests_total", "provider", "openai", "status", "429", "streaming", "false"))
                .hasValue(1);
        assertThat(scrape.value("switchboard_request_errors_total", "kind", "RateLimited"))
                .hasValue(1);
        assertThat(scrape.value("switchboard_tokens_total", "type", "prompt")).hasValue(120);
        assertThat(scrape.value("switchboard_tokens_total", "type", "completion"))
                .hasValue(30);
        assertThat(scrape.value("switchboard_tokens_total", "type", "cached")).hasValue(100);
        assertThat(scrape.value("switchboard_tokens_total", "type", "reasoning"))
                .hasValue(10);
        assertThat(scrape.value("switchboard_cost_usd_total", "model", "gpt-4o"))
                .hasValue(0.002);
        assertThat(scrape.value("switchboard_request_duration_seconds_count", "model", "gpt-4o"))
                .hasValue(2);
        // 250 ms falls in the 250 ms bucket, not in the 100 ms one
        assertThat(scrape.value("switchboard_request_duration_seconds_bucket", "le", "0.25"))
                .hasValue(2);
        assertThat(scrape.value("switchboard_request_duration_seconds_bucket", "le", "0.1"))
                .hasValue(0);
        assertThat(scrape.value("switchboard_gateway_overhead_seconds_bucket", "le", "2.5E-4"))
                .hasValue(2);
        assertThat(scrape.matching("jvm_memory_used_bytes")).isNotEmpty();
    }

    @Test
    void counts_upstream_calls_by_outcome_and_key_events_by_kind() {
        var request = observability.request(start());
        request.upstream(new UpstreamStart(GPT, "openai", new ProfileId("k1"), 1))
                .ended("RateLimited");
        request.upstream(new UpstreamStart(GPT, "openai", new ProfileId("k2"), 2))
                .ended(null);
        observability.key(new KeyEvent(ProviderId.of("openai"), new ProfileId("k1"), KeyEvent.Kind.COOLED_DOWN));

        var scrape = Scrape.parse(observability.registry().scrape());

        assertThat(scrape.value("switchboard_upstream_calls_total", "outcome", "RateLimited"))
                .hasValue(1);
        assertThat(scrape.value("switchboard_upstream_calls_total", "outcome", "ok"))
                .hasValue(1);
        assertThat(scrape.value("switchboard_upstream_duration_seconds_count", "provider", "openai"))
                .hasValue(2);
        assertThat(scrape.value("switchboard_key_events_total", "key", "k1", "event", "cooled_down"))
                .hasValue(1);
    }

    @Test
    void keeps_model_labels_bounded_whatever_names_clients_send() {
        for (int i = 0; i < 700; i++) {
            observability.request(start()).ended(withModel("made-up-" + i));
        }

        var requests = Scrape.parse(observability.registry().scrape()).matching("switchboard_requests_total");

        assertThat(requests).hasSize(501);
        assertThat(requests.stream().filter(s -> s.labels().get("model").equals("other")))
                .singleElement()
                .satisfies(sample -> assertThat(sample.value()).isEqualTo(200));
    }

    private static RequestStart start() {
        return new RequestStart("req", Endpoint.CHAT, "openai/gpt-4o", false, null);
    }

    private static UsageRecord record(int status, String failure, Usage usage) {
        return new UsageRecord(
                Instant.parse("2026-11-21T10:00:00Z"),
                "req-1",
                null,
                "openai",
                "gpt-4o",
                "key-1",
                Endpoint.CHAT,
                false,
                status,
                failure,
                usage,
                Duration.ofMillis(250),
                null,
                Duration.ofNanos(180_000),
                failure == null ? new BigDecimal("0.002") : null);
    }

    private static UsageRecord withModel(String model) {
        return new UsageRecord(
                Instant.now(),
                "req",
                null,
                "openai",
                model,
                null,
                Endpoint.CHAT,
                false,
                200,
                null,
                Usage.ZERO,
                Duration.ofMillis(1),
                null,
                Duration.ZERO,
                null);
    }

    private SpanData span(SpanKind kind) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() == kind)
                .reduce((a, b) -> {
                    throw new AssertionError("more than one " + kind + " span");
                })
                .orElseThrow();
    }

    private static String attribute(SpanData span, String key) {
        return span.getAttributes().get(AttributeKey.stringKey(key));
    }
}
