package dev.switchboard.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.application.Administration;
import dev.switchboard.application.RequestContext;
import dev.switchboard.domain.provider.PullProgress;
import dev.switchboard.domain.provider.PullStream;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * {@code POST /admin/providers/{provider}/models/pull} with {@code {"model":"llama3.2"}}: pulls a model onto a
 * provider that can (Ollama) and streams the provider's progress as server-sent events, one JSON object per event
 * ({@code status}, and {@code digest}, {@code total} and {@code completed} when the step is about a layer), each
 * flushed as it arrives. A finished pull ends with {@code {"status":"success"}}. Nothing is committed before the first
 * step, so a refusal before it is an ordinary JSON error: 404 for an unknown provider, 400 for a provider that cannot
 * pull or a bad body, the upstream's failure otherwise. After it, a failure is a final {@code data: {"error":...}}
 * event. Admin keys only, as for every admin route; a client that goes away stops the relay at once.
 */
final class ModelPullEndpoint {

    static final String PATH = "/admin/providers/{provider}/models/pull";

    private static final System.Logger LOG = System.getLogger(ModelPullEndpoint.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Administration admin;
    private final Guards guards;
    private final long maxBodyBytes;

    ModelPullEndpoint(Administration admin, Guards guards, long maxBodyBytes) {
        this.admin = admin;
        this.guards = guards;
        this.maxBodyBytes = maxBodyBytes;
    }

    void register(RoutesConfig routes) {
        routes.post(PATH, this::pull);
    }

    private void pull(Context ctx) {
        guards.requireAdminKey(ctx);
        var provider = AdminEndpoints.provider(ctx);
        String model = AdminJson.model(RequestBody.read(ctx, maxBodyBytes));
        try (PullStream pull = admin.pull(provider, model, RequestContext.of(RequestIds.of(ctx)))) {
            Iterator<PullProgress> steps = pull.iterator();
            // Read the first step before answering: a failure up to here is still an ordinary error with its status.
            PullProgress first = steps.hasNext() ? steps.next() : null;
            OutputStream out = open(ctx);
            try {
                if (first != null) write(out, event(first));
                relay(ctx, steps, out);
            } catch (IOException clientGone) {
                LOG.log(Level.DEBUG, "request {0}: the client went away mid-pull", RequestIds.of(ctx));
            }
        }
    }

    private static OutputStream open(Context ctx) {
        ctx.status(200);
        ctx.header("Content-Type", "text/event-stream; charset=utf-8");
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Accel-Buffering", "no");
        try {
            return ctx.res().getOutputStream();
        } catch (IOException e) {
            throw new IllegalStateException("the response stream could not be opened", e);
        }
    }

    private static void relay(Context ctx, Iterator<PullProgress> steps, OutputStream out) throws IOException {
        try {
            while (steps.hasNext()) write(out, event(steps.next()));
        } catch (RuntimeException failure) {
            var answer = ErrorResponses.answer(failure, ctx.method().name(), ctx.path(), RequestIds.of(ctx));
            write(out, answer.body().toEvent());
        }
    }

    private static byte[] event(PullProgress step) {
        ObjectNode json = JSON.createObjectNode().put("status", step.status());
        if (step.digest() != null) json.put("digest", step.digest());
        if (step.total() != null) json.put("total", step.total());
        if (step.completed() != null) json.put("completed", step.completed());
        try {
            return ("data: " + JSON.writeValueAsString(json) + "\n\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a progress step could not be written", e);
        }
    }

    private static void write(OutputStream out, byte[] event) throws IOException {
        out.write(event);
        out.flush();
    }
}
