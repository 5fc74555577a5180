package dev.switchboard.application;

import dev.switchboard.domain.telemetry.KeyEvent;
import dev.switchboard.domain.telemetry.RequestStart;
import dev.switchboard.domain.telemetry.Telemetry;
import dev.switchboard.domain.telemetry.TraceParent;
import dev.switchboard.domain.telemetry.UpstreamStart;
import dev.switchboard.domain.usage.UsageRecord;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Telemetry} that writes down what it hears. Each upstream span sends a trace context of the request's trace
 * (the caller's, or {@link #TRACE}) with span ids 1, 2, 3... in the order the spans began.
 */
final class RecordingTelemetry implements Telemetry {

    static final String TRACE = "0af7651916cd43dd8448eb211c80319c";

    final List<RequestStart> started = new CopyOnWriteArrayList<>();
    final List<UsageRecord> ended = new CopyOnWriteArrayList<>();
    final List<UpstreamStart> calls = new CopyOnWriteArrayList<>();
    final List<TraceParent> sent = new CopyOnWriteArrayList<>();
    final List<Optional<String>> callEnds = new CopyOnWriteArrayList<>();
    final List<KeyEvent> keys = new CopyOnWriteArrayList<>();
    private final AtomicInteger spans = new AtomicInteger();

    @Override
    public RequestSpan request(RequestStart start) {
        started.add(start);
        String trace = start.parent() == null ? TRACE : start.parent().traceId();
        return new RequestSpan() {
            @Override
            public UpstreamSpan upstream(UpstreamStart call) {
                calls.add(call);
                var parent = new TraceParent(trace, "%016x".formatted(spans.incrementAndGet()), true);
                sent.add(parent);
                return new UpstreamSpan() {
                    @Override
                    public TraceParent traceParent() {
                        return parent;
                    }

                    @Override
                    public void ended(@Nullable String failure) {
                        callEnds.add(Optional.ofNullable(failure));
                    }
                };
            }

            @Override
            public void ended(UsageRecord record) {
                ended.add(record);
            }
        };
    }

    @Override
    public void key(KeyEvent event) {
        keys.add(event);
    }
}
