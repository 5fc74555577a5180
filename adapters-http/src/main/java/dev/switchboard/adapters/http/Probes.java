package dev.switchboard.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.application.Gateway;
import dev.switchboard.application.Readiness;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Liveness ({@code GET /healthz}: the process answers) and readiness ({@code GET /readyz}: the gateway's checks, 200
 * when all pass, 503 otherwise). Neither needs an API key, so that orchestrators can call them.
 */
final class Probes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Gateway gateway;

    Probes(Gateway gateway) {
        this.gateway = gateway;
    }

    void register(RoutesConfig routes) {
        routes.get("/healthz", Probes::liveness);
        routes.get("/readyz", this::readiness);
    }

    private static void liveness(Context ctx) {
        OpenAiEndpoints.json(ctx, "{\"status\":\"ok\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void readiness(Context ctx) {
        Readiness readiness = gateway.readiness();
        ObjectNode body = JSON.createObjectNode().put("status", readiness.ready() ? "ready" : "not_ready");
        ObjectNode checks = body.putObject("checks");
        readiness.checks().forEach(checks::put);
        OpenAiEndpoints.json(ctx, body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ctx.status(readiness.ready() ? 200 : 503);
    }
}
