package dev.switchboard.bootstrap.config;

import static dev.switchboard.bootstrap.config.ConfigFixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code telemetry} section. */
class TelemetryConfigTest {

    @Test
    void without_the_section_metrics_follow_the_api_keys_and_tracing_is_off() {
        assertThat(GatewayConfig.parse("", Map.of()).telemetry()).isEqualTo(TelemetryConfig.defaults());
        assertThat(TelemetryConfig.defaults()).isEqualTo(new TelemetryConfig("keys", null, "switchboard", 1.0));
    }

    @Test
    void reads_every_key() {
        var telemetry = GatewayConfig.parse("""
                telemetry:
                  metrics: OPEN
                  otlp_endpoint: "http://collector:4318"
                  service_name: gateway-eu
                  sample_ratio: 0.25
                """, Map.of()).telemetry();

        assertThat(telemetry)
                .isEqualTo(new TelemetryConfig("open", URI.create("http://collector:4318"), "gateway-eu", 0.25));
    }

    @Test
    void reports_every_bad_value_by_its_key() {
        assertThat(problemsOf("""
                        telemetry:
                          metrics: public
                          otlp_endpoint: "collector:4318"
                          sample_ratio: 2
                          exporter: zipkin
                        """))
                .anySatisfy(p -> assertThat(p).startsWith("telemetry.metrics: must be one of keys, open, off"))
                .anySatisfy(p -> assertThat(p).startsWith("telemetry.otlp_endpoint: must be an http(s) URL"))
                .anySatisfy(p -> assertThat(p).startsWith("telemetry.sample_ratio: must be a number from 0 to 1"))
                .anySatisfy(p -> assertThat(p).startsWith("telemetry.exporter"));
    }

    @Test
    void the_record_refuses_what_the_reader_would_report() {
        assertThatThrownBy(() -> new TelemetryConfig("public", null, "s", 1)).hasMessageContaining("metrics");
        assertThatThrownBy(() -> new TelemetryConfig("keys", null, "s", 1.5)).hasMessageContaining("ratio");
    }
}
