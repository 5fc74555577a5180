package dev.switchboard.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.application.Operations;
import dev.switchboard.domain.catalog.RouteTarget;
import dev.switchboard.domain.model.ModelRef;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations part of the admin API: {@code GET /admin/providers} (health, circuits, concurrency, catalogue state),
 * {@code GET /admin/catalogue} and {@code POST /admin/catalogue/refresh}, and the routes (aliases and fallback chains)
 * under {@code /admin/routes}. Admin keys only, like every admin route.
 */
final class OperationsEndpoints {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROUTE = "/admin/routes/<name>";

    private final Operations operations;
    private final Guards guards;
    private final long maxBodyBytes;

    OperationsEndpoints(Operations operations, Guards guards, long maxBodyBytes) {
        this.operations = operations;
        this.guards = guards;
        this.maxBodyBytes = maxBodyBytes;
    }

    void register(RoutesConfig routes) {
        routes.get("/admin/providers", guarded(ctx -> ok(ctx, OperationsViews.providers(operations.providers()))));
        routes.get("/admin/catalogue", guarded(ctx -> ok(ctx, OperationsViews.catalogue(operations.catalogue()))));
        routes.post(
                "/admin/catalogue/refresh",
                guarded(ctx -> ok(ctx, OperationsViews.catalogue(operations.refreshCatalogue()))));
        routes.get("/admin/routes", guarded(ctx -> ok(ctx, OperationsViews.routes(operations.routes()))));
        routes.get(ROUTE, guarded(ctx -> ok(ctx, OperationsViews.route(operations.route(ctx.pathParam("name"))))));
        routes.put(ROUTE, guarded(this::save));
        routes.delete(ROUTE, guarded(ctx -> {
            operations.deleteRoute(ctx.pathParam("name"), Guards.actor(ctx));
            ctx.status(204);
        }));
    }

    private Handler guarded(Handler handler) {
        return ctx -> {
            guards.requireAdminKey(ctx);
            handler.handle(ctx);
        };
    }

    /** {@code {"targets": ["openai/gpt-4o", {"model": "azure/gpt-4o", "weight": 2}], "balanced": false}}. */
    private void save(Context ctx) {
        JsonNode body = parse(RequestBody.read(ctx, maxBodyBytes));
        JsonNode balanced = body.path("balanced");
        if (!balanced.isMissingNode() && !balanced.isBoolean()) {
            throw AdminFailures.invalid("balanced", "balanced must be true or false");
        }
        var saved = operations.saveRoute(
                ctx.pathParam("name"), targets(body.path("targets")), balanced.asBoolean(false), Guards.actor(ctx));
        ok(ctx, OperationsViews.route(saved));
    }

    private static List<RouteTarget> targets(JsonNode targets) {
        if (!targets.isArray() || targets.isEmpty()) {
            throw AdminFailures.invalid("targets", "targets must be a non-empty list of provider/model names");
        }
        var list = new ArrayList<RouteTarget>();
        for (JsonNode target : targets) {
            JsonNode model = target.isObject() ? target.path("model") : target;
            JsonNode weight = target.path("weight");
            if (!model.isTextual()) {
                throw AdminFailures.invalid("targets", "each target is provider/model text or {\"model\", \"weight\"}");
            }
            ModelRef ref = ModelRef.parse(model.asText())
                    .orElseThrow(() ->
                            AdminFailures.invalid("targets", "target '" + model.asText() + "' must be provider/model"));
            if (!weight.isMissingNode() && !weight.canConvertToExactIntegral()) {
                throw AdminFailures.invalid("targets", "a target's weight must be a whole number");
            }
            try {
                list.add(new RouteTarget(ref, weight.isMissingNode() ? 1 : weight.asInt()));
            } catch (IllegalArgumentException e) {
                throw AdminFailures.invalid("targets", String.valueOf(e.getMessage()));
            }
        }
        return list;
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) throw AdminFailures.invalid("body", "the body must be a JSON object");
            return root;
        } catch (IOException e) {
            throw AdminFailures.invalid("body", "the body is not valid JSON");
        }
    }

    private static void ok(Context ctx, byte[] body) {
        OpenAiEndpoints.json(ctx, body);
    }
}
