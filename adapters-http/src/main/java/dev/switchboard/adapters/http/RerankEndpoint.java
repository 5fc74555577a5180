package dev.switchboard.adapters.http;

import dev.switchboard.application.Gateway;
import dev.switchboard.application.RequestContext;
import dev.switchboard.domain.rerank.RerankRequest;
import dev.switchboard.openai.wire.RerankRequestReader;
import dev.switchboard.openai.wire.RerankResponseWriter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HexFormat;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * {@code POST /v1/rerank} and {@code POST /{provider}/v1/rerank}: Cohere's request shape in, the shape Jina and vLLM
 * answer out (see {@link RerankResponseWriter}), under a fresh {@code rerank-} id.
 */
final class RerankEndpoint {

    private static final int ID_BYTES = 12;

    private final Gateway gateway;
    private final long maxBodyBytes;
    private final RandomGenerator random;

    RerankEndpoint(Gateway gateway, long maxBodyBytes, RandomGenerator random) {
        this.gateway = gateway;
        this.maxBodyBytes = maxBodyBytes;
        this.random = random;
    }

    void register(RoutesConfig routes) {
        for (String prefix : List.of("/v1", "/{provider}/v1")) routes.post(prefix + "/rerank", this::rerank);
    }

    private void rerank(Context ctx) {
        RequestContext context = RequestContexts.of(ctx, gateway);
        RerankRequest request = RerankRequestReader.read(RequestBody.read(ctx, maxBodyBytes));
        OpenAiEndpoints.served(ctx, context, RerankResponseWriter.write(gateway.rerank(request, context), id()));
    }

    /** {@code rerank-} and 24 hexadecimal digits. */
    private String id() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return "rerank-" + HexFormat.of().formatHex(bytes);
    }
}
