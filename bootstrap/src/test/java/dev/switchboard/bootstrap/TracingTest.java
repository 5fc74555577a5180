package dev.switchboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.bootstrap.config.TelemetryConfig;
import io.opentelemetry.api.OpenTelemetry;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When tracing is on, and what the file gives OpenTelemetry's autoconfiguration. */
class TracingTest {

    private static final TelemetryConfig OFF = TelemetryConfig.defaults();
    private static final TelemetryConfig ON =
            new TelemetryConfig("keys", URI.create("http://127.0.0.1:4318"), "gateway-eu", 0.5);

    @Test
    void is_on_with_an_endpoint_in_the_file_or_the_standard_variables() {
        assertThat(Tracing.enabled(OFF, Map.of())).isFalse();
        assertThat(Tracing.enabled(ON, Map.of())).isTrue();
        assertThat(Tracing.enabled(OFF, Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://c:4318")))
                .isTrue();
        assertThat(Tracing.enabled(OFF, Map.of("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://c:4318/v1/traces")))
                .isTrue();
        assertThat(Tracing.enabled(OFF, Map.of("OTEL_TRACES_EXPORTER", "otlp"))).isTrue();
    }

    @Test
    void the_standard_variables_can_turn_it_off() {
        assertThat(Tracing.enabled(ON, Map.of("OTEL_SDK_DISABLED", "true"))).isFalse();
        assertThat(Tracing.enabled(ON, Map.of("OTEL_TRACES_EXPORTER", "none"))).isFalse();
    }

    @Test
    void gives_the_sdk_traces_only_over_http_with_the_files_settings() {
        assertThat(Tracing.defaults(ON))
                .containsEntry("otel.traces.exporter", "otlp")
                .containsEntry("otel.metrics.exporter", "none")
                .containsEntry("otel.logs.exporter", "none")
                .containsEntry("otel.exporter.otlp.protocol", "http/protobuf")
                .containsEntry("otel.exporter.otlp.endpoint", "http://127.0.0.1:4318")
                .containsEntry("otel.service.name", "gateway-eu")
                .containsEntry("otel.traces.sampler", "parentbased_traceidratio")
                .containsEntry("otel.traces.sampler.arg", "0.5");
        assertThat(Tracing.defaults(OFF)).doesNotContainKey("otel.exporter.otlp.endpoint");
    }

    @Test
    void off_is_the_no_op_api_and_on_is_a_recording_sdk_that_closes() {
        try (var off = Tracing.start(OFF, Map.of())) {
            assertThat(off.openTelemetry()).isSameAs(OpenTelemetry.noop());
        }
        var always = new TelemetryConfig("keys", URI.create("http://127.0.0.1:1"), "switchboard", 1.0);
        try (var on = Tracing.start(always, Map.of())) {
            // Not ended, so closing has nothing to export to the unreachable endpoint.
            var span = on.openTelemetry().getTracer("test").spanBuilder("s").startSpan();
            assertThat(span.isRecording()).isTrue();
        }
    }
}
