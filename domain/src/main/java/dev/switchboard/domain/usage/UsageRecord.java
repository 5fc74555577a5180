package dev.switchboard.domain.usage;

import dev.switchboard.domain.chat.Usage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one request cost and how it went: a row of the usage ledger. It never holds a secret or message contents.
 *
 * @param at when the request ended (for a stream, when it was closed)
 * @param requestId the request's id, as in the logs and the {@code X-Request-ID} header
 * @param client the inbound key that sent the request, by its fingerprint ({@code ...a1b2}), never the secret; null
 *     when the API is open or the call came through the library
 * @param provider the provider that served (or was last tried); null when no provider was reached
 * @param model the model that served (or was last tried), else the model the client named
 * @param profile the auth profile (upstream key) of the last attempt, by id; null when none was made
 * @param endpoint which endpoint was called
 * @param streaming whether the answer was streamed
 * @param status the HTTP status the request stands for: 200 on success; a failure's status; 499 for a stream the
 *     client closed before its end
 * @param failure the failure's kind ({@code RateLimited}, {@code Timeout}, ... or {@code ClientClosed}), null on success
 * @param usage the tokens used, as the provider reported them or estimated ({@link Usage#estimated()}); for a stream
 *     cut short, as far as known
 * @param latency the whole request, from its arrival to its end
 * @param timeToFirstToken for a stream, the time from the request's arrival to its first content event; else null
 * @param overhead the gateway's own time before the answer (or first event), upstream time excluded
 * @param cost in US dollars at list price, null when the model's price is unknown
 */
public record UsageRecord(
        Instant at,
        String requestId,
        @Nullable String client,
        @Nullable String provider,
        String model,
        @Nullable String profile,
        Endpoint endpoint,
        boolean streaming,
        int status,
        @Nullable String failure,
        Usage usage,
        Duration latency,
        @Nullable Duration timeToFirstToken,
        Duration overhead,
        @Nullable BigDecimal cost) {

    public UsageRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(overhead, "overhead");
        if (status < 100 || status > 599) throw new IllegalArgumentException("status must be an HTTP status");
        if (latency.isNegative() || overhead.isNegative()) {
            throw new IllegalArgumentException("latency and overhead must not be negative");
        }
        // One scale for one amount, so that a record read back from a database equals the one written.
        cost = cost == null ? null : cost.stripTrailingZeros();
    }

    /** True when the request succeeded. */
    public boolean succeeded() {
        return failure == null;
    }
}
