package dev.switchboard.bootstrap.config;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Metrics and traces: the {@code telemetry} section.
 *
 * @param metrics who may read {@code /metrics}: {@code keys} (whoever may call the API, the default), {@code open}
 *     (anyone) or {@code off}
 * @param otlpEndpoint where spans are exported over OTLP/HTTP ({@code http://collector:4318}); null leaves tracing off
 *     unless the standard {@code OTEL_EXPORTER_OTLP_*} variables configure it
 * @param serviceName the {@code service.name} spans carry
 * @param sampleRatio the share of traces recorded (0 to 1), for requests whose caller did not decide
 */
public record TelemetryConfig(String metrics, @Nullable URI otlpEndpoint, String serviceName, double sampleRatio) {

    /** The values {@code metrics} takes. */
    public static final List<String> METRICS = List.of("keys", "open", "off");

    public TelemetryConfig {
        if (!METRICS.contains(metrics)) {
            throw new IllegalArgumentException("telemetry.metrics must be one of " + String.join(", ", METRICS));
        }
        Objects.requireNonNull(serviceName, "serviceName");
        if (sampleRatio < 0 || sampleRatio > 1) throw new IllegalArgumentException("sample ratio must be 0 to 1");
    }

    public static TelemetryConfig defaults() {
        return new TelemetryConfig("keys", null, "switchboard", 1.0);
    }

    static TelemetryConfig read(Node telemetry) {
        String metrics = telemetry.text("metrics", "keys").toLowerCase(Locale.ROOT);
        if (!METRICS.contains(metrics)) {
            telemetry.report("metrics", "must be one of " + String.join(", ", METRICS));
            metrics = "keys";
        }
        @Nullable
        URI endpoint = telemetry
                .text("otlp_endpoint")
                .map(text -> endpoint(telemetry, text))
                .orElse(null);
        String service = telemetry.text("service_name", "switchboard");
        double ratio = telemetry.fraction("sample_ratio", 1.0, 0.0, Double.POSITIVE_INFINITY);
        if (ratio > 1) {
            telemetry.report("sample_ratio", "must be a number from 0 to 1");
            ratio = 1;
        }
        telemetry.rejectUnknown();
        return new TelemetryConfig(metrics, endpoint, service.isBlank() ? "switchboard" : service, ratio);
    }

    private static @Nullable URI endpoint(Node telemetry, String text) {
        try {
            URI uri = new URI(text.strip());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        telemetry.report("otlp_endpoint", "must be an http(s) URL such as http://localhost:4318");
        return null;
    }
}
