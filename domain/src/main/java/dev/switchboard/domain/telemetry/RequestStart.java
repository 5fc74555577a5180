package dev.switchboard.domain.telemetry;

import dev.switchboard.domain.usage.Endpoint;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request the gateway begins to serve.
 *
 * @param requestId the gateway's request id
 * @param endpoint which endpoint was called
 * @param model the model the caller named (an alias, {@code provider/model} or a bare name)
 * @param streaming whether the answer is streamed
 * @param parent the caller's trace context, or null when the caller sent none
 */
public record RequestStart(
        String requestId,
        Endpoint endpoint,
        String model,
        boolean streaming,
        @Nullable TraceParent parent) {

    public RequestStart {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(model, "model");
    }
}
