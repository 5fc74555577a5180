package dev.switchboard.adapters.http;

import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.telemetry.Telemetry;
import dev.switchboard.domain.telemetry.TraceParent;
import dev.switchboard.domain.telemetry.UpstreamStart;
import dev.switchboard.domain.usage.UsageRecord;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.lang.System.Logger.Level;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One request's span, and the spans of its upstream calls as its children. The request's span ends with the usage
 * record: the model that served, tokens, cost, status and failure; the request's metrics are counted then too.
 */
final class TracedRequest implements Telemetry.RequestSpan {

    private static final System.Logger LOG = System.getLogger(TracedRequest.class.getName());

    private final Span span;
    private final String operation;
    private final Tracer tracer;
    private final RequestMetrics metrics;

    TracedRequest(Span span, String operation, Tracer tracer, RequestMetrics metrics) {
        this.span = span;
        this.operation = operation;
        this.tracer = tracer;
        this.metrics = metrics;
    }

    @Override
    public Telemetry.UpstreamSpan upstream(UpstreamStart call) {
        Span child = tracer.spanBuilder(operation + " " + call.model().model())
                .setSpanKind(SpanKind.CLIENT)
                .setParent(Context.root().with(span))
                .setAttribute(GenAi.OPERATION, operation)
                .setAttribute(GenAi.PROVIDER, GenAi.provider(call.providerType()))
                .setAttribute(GenAi.REQUEST_MODEL, call.model().model())
                .setAttribute(
                        GenAi.SWITCHBOARD_PROVIDER, call.model().provider().value())
                .setAttribute(GenAi.KEY, call.profile().value())
                .setAttribute(GenAi.ATTEMPT, (long) call.attempt())
                .startSpan();
        return new Upstream(child, call, System.nanoTime());
    }

    @Override
    public void ended(UsageRecord record) {
        try {
            metrics.ended(record);
            describe(record);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "recording a request's telemetry failed ({0})",
                    e.getClass().getName());
        } finally {
            span.end();
        }
    }

    private void describe(UsageRecord record) {
        if (!span.isRecording()) return;
        if (record.provider() != null) span.setAttribute(GenAi.SWITCHBOARD_PROVIDER, record.provider());
        span.setAttribute(GenAi.RESPONSE_MODEL, record.model());
        Usage usage = record.usage();
        span.setAttribute(GenAi.INPUT_TOKENS, (long) usage.promptTokens());
        span.setAttribute(GenAi.OUTPUT_TOKENS, (long) usage.completionTokens());
        span.setAttribute(GenAi.CACHED_TOKENS, (long) usage.cachedTokens());
        span.setAttribute(GenAi.REASONING_TOKENS, (long) usage.reasoningTokens());
        span.setAttribute(GenAi.ESTIMATED, usage.estimated());
        span.setAttribute(GenAi.STATUS, (long) record.status());
        span.setAttribute(GenAi.OVERHEAD, record.overhead().toNanos() / 1e6);
        if (record.cost() != null) span.setAttribute(GenAi.COST, record.cost().doubleValue());
        if (record.failure() != null) {
            span.setAttribute(GenAi.ERROR_TYPE, record.failure());
            span.setStatus(StatusCode.ERROR, record.failure());
        }
    }

    /** One upstream call's span; its trace context is what the call sends upstream. */
    private final class Upstream implements Telemetry.UpstreamSpan {

        private final Span span;
        private final UpstreamStart call;
        private final long startedNanos;

        Upstream(Span span, UpstreamStart call, long startedNanos) {
            this.span = span;
            this.call = call;
            this.startedNanos = startedNanos;
        }

        @Override
        public @Nullable TraceParent traceParent() {
            SpanContext context = span.getSpanContext();
            if (!context.isValid()) return null;
            return new TraceParent(context.getTraceId(), context.getSpanId(), context.isSampled());
        }

        @Override
        public void ended(@Nullable String failure) {
            try {
                Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
                metrics.upstream(call.model().provider().value(), call.model().model(), failure, took);
                if (failure != null) {
                    span.setAttribute(GenAi.ERROR_TYPE, failure);
                    span.setStatus(StatusCode.ERROR, failure);
                }
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "recording an upstream call's telemetry failed ({0})",
                        e.getClass().getName());
            } finally {
                span.end();
            }
        }
    }
}
