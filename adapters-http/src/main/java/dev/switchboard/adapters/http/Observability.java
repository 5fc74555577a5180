package dev.switchboard.adapters.http;

import dev.switchboard.domain.telemetry.KeyEvent;
import dev.switchboard.domain.telemetry.RequestStart;
import dev.switchboard.domain.telemetry.Telemetry;
import dev.switchboard.domain.telemetry.TraceParent;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.lang.System.Logger.Level;
import org.jspecify.annotations.Nullable;

/**
 * The gateway's {@link Telemetry}: Prometheus metrics through Micrometer (served by the {@link HttpApi} at {@code
 * /metrics}) and OpenTelemetry spans, one per request and one per upstream call, with the GenAI semantic conventions.
 * Spans go wherever the {@link OpenTelemetry} given exports them; with {@link OpenTelemetry#noop()} none is recorded,
 * but a caller's {@code traceparent} still travels upstream. Nothing it does blocks a request: meters are in memory,
 * and an OpenTelemetry SDK exports in batches behind. Thread-safe; one per gateway.
 */
public final class Observability implements Telemetry {

    private static final System.Logger LOG = System.getLogger(Observability.class.getName());

    /** The most distinct model names, and key names, a metric label takes before it counts the rest as "other". */
    private static final int MAX_MODELS = 500;

    private static final int MAX_KEYS = 1_000;

    private final PrometheusMeterRegistry registry;
    private final RequestMetrics metrics;
    private final Tracer tracer;

    private Observability(PrometheusMeterRegistry registry, Tracer tracer) {
        this.registry = registry;
        this.metrics = new RequestMetrics(registry, MAX_MODELS, MAX_KEYS);
        this.tracer = tracer;
    }

    /** Metrics with the JVM's own (memory, GC, threads, classes, CPU, uptime), and spans through {@code tracing}. */
    public static Observability create(OpenTelemetry tracing) {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return new Observability(registry, tracing.getTracer("dev.switchboard"));
    }

    @Override
    public RequestSpan request(RequestStart start) {
        try {
            String operation = GenAi.operation(start.endpoint());
            Span span = tracer.spanBuilder(operation + " " + start.model())
                    .setSpanKind(SpanKind.SERVER)
                    .setParent(parent(start.parent()))
                    .setAttribute(GenAi.OPERATION, operation)
                    .setAttribute(GenAi.REQUEST_MODEL, start.model())
                    .setAttribute(GenAi.REQUEST_ID, start.requestId())
                    .setAttribute(GenAi.STREAMING, start.streaming())
                    .startSpan();
            return new TracedRequest(span, operation, tracer, metrics);
        } catch (RuntimeException e) {
            return untraced(start, e);
        }
    }

    @Override
    public void key(KeyEvent event) {
        try {
            metrics.key(event);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "counting a key event failed ({0})",
                    e.getClass().getName());
        }
    }

    /** The meter registry, for the {@code /metrics} endpoint and gauges registered by the HTTP API. */
    PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The caller's trace as the parent of a request's span; without one, the current context (an embedding app's). */
    private static Context parent(@Nullable TraceParent caller) {
        if (caller == null) return Context.current();
        var remote = SpanContext.createFromRemoteParent(
                caller.traceId(),
                caller.spanId(),
                caller.sampled() ? TraceFlags.getSampled() : TraceFlags.getDefault(),
                TraceState.getDefault());
        return Context.root().with(Span.wrap(remote));
    }

    /** Telemetry must never fail a request: if a span cannot be made, the request goes on without one. */
    private static RequestSpan untraced(RequestStart start, RuntimeException e) {
        LOG.log(
                Level.WARNING,
                "starting a span failed ({0}); the request goes on untraced",
                e.getClass().getName());
        return Telemetry.NONE.request(start);
    }
}
