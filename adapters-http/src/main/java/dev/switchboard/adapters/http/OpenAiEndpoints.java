package dev.switchboard.adapters.http;

import dev.switchboard.application.Gateway;
import dev.switchboard.application.RequestContext;
import dev.switchboard.domain.normalize.IdStyle;
import dev.switchboard.openai.wire.ChatCall;
import dev.switchboard.openai.wire.ChatRequestReader;
import dev.switchboard.openai.wire.ChatResponseWriter;
import dev.switchboard.openai.wire.ChunkWriter;
import dev.switchboard.openai.wire.CompletionCall;
import dev.switchboard.openai.wire.CompletionRequestReader;
import dev.switchboard.openai.wire.CompletionResponseWriter;
import dev.switchboard.openai.wire.EmbeddingCall;
import dev.switchboard.openai.wire.EmbeddingRequestReader;
import dev.switchboard.openai.wire.EmbeddingResponseWriter;
import dev.switchboard.openai.wire.ModelListWriter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The OpenAI routes, each under {@code /v1} (the model names its provider: {@code provider/model} or an alias) and
 * under {@code /{provider}/v1} (the path names it, and model ids are the provider's own). Each handler reads the body
 * with the wire codec, calls the gateway, and writes the answer; failures propagate to {@link ErrorResponses}.
 */
final class OpenAiEndpoints {

    private final Gateway gateway;
    private final long maxBodyBytes;
    private final Clock clock;
    private final RandomGenerator random;

    OpenAiEndpoints(Gateway gateway, long maxBodyBytes, Clock clock, RandomGenerator random) {
        this.gateway = gateway;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
        this.random = random;
    }

    void register(RoutesConfig routes) {
        for (String prefix : List.of("/v1", "/{provider}/v1")) {
            routes.get(prefix + "/models", this::models);
            routes.get(prefix + "/models/<model>", this::model);
            routes.post(prefix + "/chat/completions", this::chat);
            routes.post(prefix + "/completions", this::completions);
            routes.post(prefix + "/embeddings", this::embeddings);
        }
    }

    private void models(Context ctx) {
        RequestContext context = context(ctx);
        boolean plain = context.provider() == null;
        json(ctx, ModelListWriter.list(gateway.models(context), plain ? gateway.routes() : List.of(), plain));
    }

    private void model(Context ctx) {
        RequestContext context = context(ctx);
        String id = ctx.pathParam("model");
        if (context.provider() == null) {
            var route =
                    gateway.routes().stream().filter(r -> r.name().equals(id)).findFirst();
            if (route.isPresent()) {
                json(ctx, ModelListWriter.route(route.get(), gateway.models(context)));
                return;
            }
        }
        var model = gateway.model(id, context)
                .orElseThrow(() -> new HttpFailure(
                        404,
                        "invalid_request_error",
                        "The model '" + id + "' does not exist or you do not have access to it.",
                        null,
                        "model_not_found"));
        json(ctx, ModelListWriter.one(model, context.provider() == null));
    }

    private void chat(Context ctx) {
        RequestContext context = context(ctx);
        ChatCall call = ChatRequestReader.read(RequestBody.read(ctx, maxBodyBytes));
        if (!call.stream()) {
            served(ctx, context, ChatResponseWriter.write(gateway.chat(call.request(), context)));
            return;
        }
        var stream = gateway.streamChat(call.request(), context);
        ServedHeaders.set(ctx, context.trace());
        var writer = ChunkWriter.chat(
                IdStyle.CHAT.generate(random), now(), call.request().model(), call.includeUsage());
        EventStream.send(ctx, stream, writer);
    }

    private void completions(Context ctx) {
        RequestContext context = context(ctx);
        CompletionCall call = CompletionRequestReader.read(RequestBody.read(ctx, maxBodyBytes));
        if (!call.stream()) {
            served(ctx, context, CompletionResponseWriter.write(gateway.complete(call.request(), context)));
            return;
        }
        var stream = gateway.streamCompletion(call.request(), context);
        ServedHeaders.set(ctx, context.trace());
        var writer = ChunkWriter.completion(
                IdStyle.COMPLETION.generate(random), now(), call.request().model(), call.includeUsage());
        EventStream.send(ctx, stream, writer);
    }

    private void embeddings(Context ctx) {
        RequestContext context = context(ctx);
        EmbeddingCall call = EmbeddingRequestReader.read(RequestBody.read(ctx, maxBodyBytes));
        served(ctx, context, EmbeddingResponseWriter.write(gateway.embed(call.request(), context), call.format()));
    }

    /**
     * Writes the answer with the headers that say who served it, straight to the response with its length: the
     * response is complete when this returns. {@code result(bytes)} would copy it through a fresh buffer on every
     * response (two fifths of the bytes the gateway allocated per proxied request).
     */
    static void served(Context ctx, RequestContext context, byte[] body) {
        ServedHeaders.set(ctx, context.trace());
        ctx.status(200).contentType("application/json");
        ctx.res().setContentLength(body.length);
        try {
            ctx.res().getOutputStream().write(body);
        } catch (IOException clientGone) {
            // The client went away; there is no one left to answer.
        }
    }

    private RequestContext context(Context ctx) {
        return RequestContexts.of(ctx, gateway);
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    /** Sets a JSON answer; the status and headers may still change until the handler returns. */
    static void json(Context ctx, byte[] body) {
        ctx.status(200).contentType("application/json").result(body);
    }
}
