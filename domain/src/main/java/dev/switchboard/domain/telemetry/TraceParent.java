package dev.switchboard.domain.telemetry;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A W3C trace context {@code traceparent}: the trace a call belongs to and the span that made it. The gateway reads one
 * from a caller, so that its spans join the caller's trace, and sends one upstream with every provider call.
 *
 * @param traceId 32 lowercase hexadecimal digits, not all zero
 * @param spanId 16 lowercase hexadecimal digits, not all zero: the parent span of whoever receives it
 * @param sampled whether the caller records the trace (the {@code sampled} trace flag)
 * @see <a href="https://www.w3.org/TR/trace-context/#traceparent-header">W3C Trace Context, traceparent</a>
 */
public record TraceParent(String traceId, String spanId, boolean sampled) {

    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern SPAN_ID = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern HEADER =
            Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");

    public TraceParent {
        if (traceId == null || !TRACE_ID.matcher(traceId).matches() || isZero(traceId)) {
            throw new IllegalArgumentException("traceId must be 32 lowercase hex digits, not all zero");
        }
        if (spanId == null || !SPAN_ID.matcher(spanId).matches() || isZero(spanId)) {
            throw new IllegalArgumentException("spanId must be 16 lowercase hex digits, not all zero");
        }
    }

    /**
     * Reads a {@code traceparent} header; empty when it is absent or invalid, which the specification says to treat as
     * no parent. A version above {@code 00} is read by its first four fields, as the specification asks; version
     * {@code ff} is invalid.
     */
    public static Optional<TraceParent> parse(@Nullable String header) {
        if (header == null) return Optional.empty();
        var match = HEADER.matcher(header.strip());
        if (!match.matches()) return Optional.empty();
        String version = match.group(1);
        if (version.equals("ff") || (version.equals("00") && match.group(5) != null)) return Optional.empty();
        String traceId = match.group(2);
        String spanId = match.group(3);
        if (isZero(traceId) || isZero(spanId)) return Optional.empty();
        boolean sampled = (Integer.parseInt(match.group(4), 16) & 1) == 1;
        return Optional.of(new TraceParent(traceId, spanId, sampled));
    }

    /** The header's value: {@code 00-<trace id>-<span id>-<flags>}. */
    public String header() {
        return "00-" + traceId + "-" + spanId + (sampled ? "-01" : "-00");
    }

    private static boolean isZero(String hex) {
        return hex.chars().allMatch(c -> c == '0');
    }
}
