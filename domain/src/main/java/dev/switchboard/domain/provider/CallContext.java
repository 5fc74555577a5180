package dev.switchboard.domain.provider;

import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.telemetry.TraceParent;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What travels with one upstream call besides the request.
 *
 * @param credential the key to authenticate with, chosen by the gateway's rotation
 * @param requestId the gateway's request id; adapters send it upstream as {@code X-Request-ID}
 * @param timeout how long the call may take before it fails with {@link ProviderFailure.Timeout}
 * @param traceParent the trace context adapters send upstream as the W3C {@code traceparent} header, or null for none
 */
public record CallContext(
        Credential credential,
        String requestId,
        Duration timeout,
        @Nullable TraceParent traceParent) {

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    public CallContext {
        Objects.requireNonNull(credential, "credential");
        if (requestId == null || !REQUEST_ID.matcher(requestId).matches()) {
            throw new IllegalArgumentException("request id must be 1-128 characters of A-Z a-z 0-9 . _ : -");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** A call that carries no trace context. */
    public CallContext(Credential credential, String requestId, Duration timeout) {
        this(credential, requestId, timeout, null);
    }

    /** True when {@code candidate} may be used as a request id. */
    public static boolean isValidRequestId(String candidate) {
        return REQUEST_ID.matcher(candidate).matches();
    }

    public CallContext withCredential(Credential other) {
        return new CallContext(other, requestId, timeout, traceParent);
    }

    /** This call with {@code parent} as the trace context sent upstream (null for none). */
    public CallContext withTraceParent(@Nullable TraceParent parent) {
        return new CallContext(credential, requestId, timeout, parent);
    }
}
