package dev.switchboard.bootstrap;

import dev.switchboard.bootstrap.config.TelemetryConfig;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The OpenTelemetry the gateway's spans go to: an SDK that exports them over OTLP/HTTP in batches when tracing is
 * configured (the {@code telemetry} section, or the standard {@code OTEL_EXPORTER_OTLP_*} variables), else a no-op.
 * The SDK is configured by OpenTelemetry's own autoconfigure module, so every standard {@code OTEL_*} variable
 * (headers, timeouts, resource attributes, batch sizes, sampler) works and wins over the file.
 */
final class Tracing implements AutoCloseable {

    private final OpenTelemetry openTelemetry;
    private final @Nullable OpenTelemetrySdk sdk;

    private Tracing(OpenTelemetry openTelemetry, @Nullable OpenTelemetrySdk sdk) {
        this.openTelemetry = openTelemetry;
        this.sdk = sdk;
    }

    static Tracing start(TelemetryConfig config, Map<String, String> env) {
        if (!enabled(config, env)) return new Tracing(OpenTelemetry.noop(), null);
        OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
                .addPropertiesSupplier(() -> defaults(config))
                .disableShutdownHook()
                .build()
                .getOpenTelemetrySdk();
        return new Tracing(sdk, sdk);
    }

    /** On when an endpoint is configured in the file or the environment, unless the SDK is disabled there. */
    static boolean enabled(TelemetryConfig config, Map<String, String> env) {
        if ("true"
                .equalsIgnoreCase(env.getOrDefault("OTEL_SDK_DISABLED", "false").strip())) return false;
        String exporter = env.getOrDefault("OTEL_TRACES_EXPORTER", "").strip().toLowerCase(Locale.ROOT);
        if (exporter.equals("none")) return false;
        return config.otlpEndpoint() != null
                || !exporter.isEmpty()
                || env.containsKey("OTEL_EXPORTER_OTLP_ENDPOINT")
                || env.containsKey("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
    }

    /** The file's settings as the SDK's lowest-precedence properties: traces only, over HTTP, parent-based sampling. */
    static Map<String, String> defaults(TelemetryConfig config) {
        var properties = new HashMap<String, String>();
        properties.put("otel.traces.exporter", "otlp");
        properties.put("otel.metrics.exporter", "none");
        properties.put("otel.logs.exporter", "none");
        // The JDK HttpClient sender speaks OTLP over HTTP only, not gRPC.
        properties.put("otel.exporter.otlp.protocol", "http/protobuf");
        properties.put("otel.service.name", config.serviceName());
        properties.put("otel.traces.sampler", "parentbased_traceidratio");
        properties.put("otel.traces.sampler.arg", Double.toString(config.sampleRatio()));
        if (config.otlpEndpoint() != null)
            properties.put("otel.exporter.otlp.endpoint", config.otlpEndpoint().toString());
        return properties;
    }

    OpenTelemetry openTelemetry() {
        return openTelemetry;
    }

    /** Exports the spans still buffered, then stops. */
    @Override
    public void close() {
        if (sdk != null) sdk.close();
    }
}
