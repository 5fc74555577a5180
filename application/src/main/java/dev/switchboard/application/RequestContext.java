package dev.switchboard.application;

import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.CallContext;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * What the gateway knows of one inbound request besides its body.
 *
 * @param requestId travels to the provider and into every log line about the request
 * @param provider the provider the route named ({@code /{provider}/v1/...}), or null on the plain {@code /v1} routes,
 *     where the model names the provider
 */
public record RequestContext(String requestId, @Nullable ProviderId provider) {

    public RequestContext {
        if (requestId == null || !CallContext.isValidRequestId(requestId)) {
            throw new IllegalArgumentException("request id must be 1-128 characters of A-Z a-z 0-9 . _ : -");
        }
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
