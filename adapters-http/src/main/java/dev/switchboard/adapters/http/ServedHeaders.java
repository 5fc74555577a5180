package dev.switchboard.adapters.http;

import dev.switchboard.application.RequestTrace;
import dev.switchboard.domain.model.ModelRef;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * The response headers that say what the gateway did: which provider and model served the request, after how many
 * upstream attempts, and the gateway's own time in milliseconds, upstream time excluded. Set just before the answer
 * (or a stream's first event) is written.
 */
final class ServedHeaders {

    static final String PROVIDER = "x-switchboard-provider";
    static final String MODEL = "x-switchboard-model";
    static final String ATTEMPTS = "x-switchboard-attempts";
    static final String OVERHEAD = "x-switchboard-overhead-ms";

    private ServedHeaders() {}

    static void set(Context ctx, RequestTrace trace) {
        ModelRef served = trace.servedBy();
        if (served != null) {
            ctx.header(PROVIDER, served.provider().value());
            ctx.header(MODEL, served.model());
        }
        ctx.header(ATTEMPTS, Integer.toString(trace.attempts()));
        ctx.header(OVERHEAD, String.format(Locale.ROOT, "%.3f", trace.overhead().toNanos() / 1_000_000.0));
    }
}
