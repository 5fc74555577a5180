package dev.switchboard.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.application.RequestContext;
import dev.switchboard.application.RequestTrace;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.model.ModelRef;
import io.javalin.http.Context;
import java.lang.System.Logger.Level;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One structured access line per request, as JSON, under the logger {@value #LOGGER} at INFO: request id, method,
 * path, status, latency; for a model call also the client key's fingerprint, provider, model, attempts, the gateway's
 * overhead, time to first token, tokens and the failure's kind. Never headers, query strings, bodies or secrets.
 */
final class AccessLog {

    /** The logger's name: route it, or silence it, on its own. */
    static final String LOGGER = "switchboard.access";

    private static final System.Logger LOG = System.getLogger(LOGGER);
    private static final ObjectMapper JSON = new ObjectMapper();

    private AccessLog() {}

    /** The request logger: writes the line once the response (a stream included) is complete. */
    static void write(Context ctx, float millis) {
        if (!LOG.isLoggable(Level.INFO)) return;
        LOG.log(Level.INFO, line(ctx, millis));
    }

    static String line(Context ctx, float millis) {
        ObjectNode line = JSON.createObjectNode()
                .put("request_id", RequestIds.of(ctx))
                .put("method", ctx.method().name())
                .put("path", ctx.path())
                .put("status", ctx.statusCode())
                .put("latency_ms", Math.round(millis * 1000) / 1000.0);
        @Nullable RequestContext context = RequestContexts.made(ctx);
        if (context != null) trace(line, context);
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an access line could not be written", e);
        }
    }

    private static void trace(ObjectNode line, RequestContext context) {
        RequestTrace trace = context.trace();
        line.put("client", context.client());
        @Nullable ModelRef model = trace.servedBy() != null ? trace.servedBy() : trace.tried();
        line.put("provider", model == null ? null : model.provider().value());
        line.put("model", model == null ? null : model.model());
        line.put("attempts", trace.attempts());
        line.put("overhead_ms", millis(trace.overhead()));
        @Nullable Duration firstToken = trace.timeToFirstToken();
        if (firstToken != null) line.put("ttft_ms", millis(firstToken));
        @Nullable Usage usage = trace.usage();
        if (usage != null) {
            line.put("prompt_tokens", usage.promptTokens())
                    .put("completion_tokens", usage.completionTokens())
                    .put("cached_tokens", usage.cachedTokens())
                    .put("reasoning_tokens", usage.reasoningTokens())
                    .put("usage_estimated", usage.estimated());
        }
        line.put("failure", trace.failure());
    }

    private static double millis(Duration duration) {
        return Math.round(duration.toNanos() / 1000.0) / 1000.0;
    }
}
