package dev.switchboard.domain.telemetry;

import dev.switchboard.domain.usage.UsageRecord;
import org.jspecify.annotations.Nullable;

/**
 * Hears what the gateway does while it does it, for metrics and traces: each request from start to end, each upstream
 * call within it, and what key rotation does to keys. The gateway calls it on the request's own thread, so an
 * implementation must be thread-safe, return fast (no I/O: export behind) and never throw.
 */
public interface Telemetry {

    /** Hears nothing; upstream calls carry the caller's trace context unchanged, when it sent one. */
    Telemetry NONE = new Telemetry() {
        @Override
        public RequestSpan request(RequestStart start) {
            return new RequestSpan() {
                @Override
                public UpstreamSpan upstream(UpstreamStart call) {
                    return new UpstreamSpan() {
                        @Override
                        public @Nullable TraceParent traceParent() {
                            return start.parent();
                        }

                        @Override
                        public void ended(@Nullable String failure) {}
                    };
                }

                @Override
                public void ended(UsageRecord record) {}
            };
        }

        @Override
        public void key(KeyEvent event) {}
    };

    /** A request begins; the span returned is ended exactly once, when the request (a stream: once closed) ended. */
    RequestSpan request(RequestStart start);

    /** Key rotation did something to a key. */
    void key(KeyEvent event);

    /** One request, from its start to its end. */
    interface RequestSpan {

        /** An upstream call for this request begins; its span is ended exactly once. */
        UpstreamSpan upstream(UpstreamStart call);

        /** The request ended, as the usage ledger records it. */
        void ended(UsageRecord record);
    }

    /** One upstream call, from its start until its answer (for a stream: its first event) or its failure. */
    interface UpstreamSpan {

        /** The trace context to send upstream with the call, or null to send none. */
        @Nullable
        TraceParent traceParent();

        /** The call ended: null when it succeeded, else the failure's kind ({@code Timeout}, {@code RateLimited}, ...). */
        void ended(@Nullable String failure);
    }
}
