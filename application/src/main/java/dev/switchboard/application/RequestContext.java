package dev.switchboard.application;

import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.telemetry.TraceParent;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * What the gateway knows of one inbound request besides its body.
 *
 * @param requestId travels to the provider and into every log line about the request
 * @param provider the provider the route named ({@code /{provider}/v1/...}), or null on the plain {@code /v1} routes,
 *     where the model names the provider
 * @param sessionKey the conversation the request belongs to (HTTP's {@code X-Session-ID}), 1-{@value #MAX_SESSION_KEY}
 *     characters, or null; requests of one conversation stay on one key while it is usable, so that the provider's
 *     prompt cache keeps working. Without it, the request's {@code user} field is the conversation key.
 * @param trace what the gateway did for the request (which model served it, attempts, upstream time), filled in as it
 *     routes; shared by the contexts derived from this one
 * @param client who sent the request, for the usage ledger: the inbound key's fingerprint ({@code ...a1b2}), never the
 *     secret; 1-{@value #MAX_CLIENT} characters, or null when the API is open or the caller is a library user
 * @param traceParent the caller's W3C trace context (HTTP's {@code traceparent}), or null: the request's spans join
 *     that trace, and upstream calls carry it on
 */
public record RequestContext(
        String requestId,
        @Nullable ProviderId provider,
        @Nullable String sessionKey,
        RequestTrace trace,
        @Nullable String client,
        @Nullable TraceParent traceParent) {

    /** The longest client name accepted. */
    public static final int MAX_CLIENT = 64;

    /** The longest session key accepted. */
    public static final int MAX_SESSION_KEY = 256;

    public RequestContext {
        if (requestId == null || !CallContext.isValidRequestId(requestId)) {
            throw new IllegalArgumentException("request id must be 1-128 characters of A-Z a-z 0-9 . _ : -");
        }
        if (sessionKey != null && (sessionKey.isBlank() || sessionKey.length() > MAX_SESSION_KEY)) {
            throw new IllegalArgumentException("session key must be 1-" + MAX_SESSION_KEY + " characters, not blank");
        }
        java.util.Objects.requireNonNull(trace, "trace");
        if (client != null && (client.isBlank() || client.length() > MAX_CLIENT)) {
            throw new IllegalArgumentException("client must be 1-" + MAX_CLIENT + " characters, not blank");
        }
    }

    /** A context of no known trace. */
    public RequestContext(
            String requestId,
            @Nullable ProviderId provider,
            @Nullable String sessionKey,
            RequestTrace trace,
            @Nullable String client) {
        this(requestId, provider, sessionKey, trace, client, null);
    }

    /** A context of no known client. */
    public RequestContext(
            String requestId, @Nullable ProviderId provider, @Nullable String sessionKey, RequestTrace trace) {
        this(requestId, provider, sessionKey, trace, null);
    }

    /** A context with a fresh trace. */
    public RequestContext(String requestId, @Nullable ProviderId provider, @Nullable String sessionKey) {
        this(requestId, provider, sessionKey, new RequestTrace());
    }

    /** A context without a session key. */
    public RequestContext(String requestId, @Nullable ProviderId provider) {
        this(requestId, provider, null);
    }

    /** This context with {@code key} as its session key (null for none). */
    public RequestContext withSessionKey(@Nullable String key) {
        return new RequestContext(requestId, provider, key, trace, client, traceParent);
    }

    /** This context with {@code client} as the one who sent it (null for unknown). */
    public RequestContext withClient(@Nullable String client) {
        return new RequestContext(requestId, provider, sessionKey, trace, client, traceParent);
    }

    /** This context as part of the caller's trace {@code parent} (null for none). */
    public RequestContext withTraceParent(@Nullable TraceParent parent) {
        return new RequestContext(requestId, provider, sessionKey, trace, client, parent);
    }

    /** The key that keeps a conversation on one provider key: the session key, else {@code user}, else null. */
    public @Nullable String stickyKey(@Nullable String user) {
        return sessionKey != null ? sessionKey : user;
    }

    public static RequestContext of(String requestId) {
        return new RequestContext(requestId, null);
    }

    public static RequestContext forProvider(String requestId, ProviderId provider) {
        return new RequestContext(requestId, provider);
    }

    /** A context with a fresh random request id, for library callers that have none. */
    public static RequestContext generated() {
        return of(newRequestId());
    }

    /** A fresh request id: {@code req_} and 24 hexadecimal digits. */
    public static String newRequestId() {
        byte[] bytes = new byte[12];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "req_" + HexFormat.of().formatHex(bytes);
    }
}
