package dev.switchboard.adapters.http;

import dev.switchboard.application.Administration;
import dev.switchboard.application.ReadAuditLog;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.model.ProviderId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The admin API: a provider's auth profiles (list, create, read, update, delete, disable, enable, reset a cooldown),
 * the audit log, and model pulling ({@link ModelPullEndpoint}). Every handler runs behind
 * {@link Guards#requireAdminKey} (admin keys only), and the key's fingerprint is the actor the audit log records.
 * Refusals propagate as {@code AdminException}s to {@link AdminFailures}.
 */
final class AdminEndpoints {

    private static final String PROFILES = "/admin/providers/{provider}/profiles";
    private static final String PROFILE = PROFILES + "/{id}";
    private static final int DEFAULT_LIMIT = 100;

    private final Administration admin;
    private final Guards guards;
    private final long maxBodyBytes;

    AdminEndpoints(Administration admin, Guards guards, long maxBodyBytes) {
        this.admin = admin;
        this.guards = guards;
        this.maxBodyBytes = maxBodyBytes;
    }

    void register(RoutesConfig routes) {
        routes.get(PROFILES, guarded(this::list));
        routes.post(PROFILES, guarded(this::create));
        routes.get(PROFILE, guarded(this::show));
        routes.patch(PROFILE, guarded(this::update));
        routes.delete(PROFILE, guarded(this::delete));
        routes.post(PROFILE + "/disable", guarded(this::disable));
        routes.post(PROFILE + "/enable", guarded(this::enable));
        routes.post(PROFILE + "/reset-cooldown", guarded(this::resetCooldown));
        routes.get("/admin/audit", guarded(this::audit));
        new ModelPullEndpoint(admin, guards, maxBodyBytes).register(routes);
    }

    /** The handler behind the admin key check, whatever path reached it: the admin API fails closed. */
    private Handler guarded(Handler handler) {
        return ctx -> {
            guards.requireAdminKey(ctx);
            handler.handle(ctx);
        };
    }

    private void list(Context ctx) {
        ok(ctx, AdminViews.profiles(admin.profiles(provider(ctx))));
    }

    private void show(Context ctx) {
        ok(ctx, AdminViews.profile(admin.profile(provider(ctx), profile(ctx))));
    }

    private void create(Context ctx) {
        ProviderId provider = provider(ctx);
        var created = admin.create(provider, AdminJson.newProfile(body(ctx)), Guards.actor(ctx));
        ok(ctx, AdminViews.profile(created));
        ctx.status(201).header("Location", "/admin/providers/" + provider + "/profiles/" + created.id());
    }

    private void update(Context ctx) {
        var changes = AdminJson.changes(body(ctx));
        ok(ctx, AdminViews.profile(admin.update(provider(ctx), profile(ctx), changes, Guards.actor(ctx))));
    }

    private void delete(Context ctx) {
        admin.delete(provider(ctx), profile(ctx), Guards.actor(ctx));
        ctx.status(204);
    }

    private void disable(Context ctx) {
        String reason = AdminJson.reason(body(ctx));
        ok(ctx, AdminViews.profile(admin.disable(provider(ctx), profile(ctx), reason, Guards.actor(ctx))));
    }

    private void enable(Context ctx) {
        ok(ctx, AdminViews.profile(admin.enable(provider(ctx), profile(ctx), Guards.actor(ctx))));
    }

    private void resetCooldown(Context ctx) {
        ok(ctx, AdminViews.profile(admin.resetCooldown(provider(ctx), profile(ctx), Guards.actor(ctx))));
    }

    private void audit(Context ctx) {
        ok(ctx, AdminViews.audit(admin.audit(limit(ctx.queryParam("limit")), since(ctx.queryParam("since")))));
    }

    private byte[] body(Context ctx) {
        return RequestBody.read(ctx, maxBodyBytes);
    }

    /** The path's provider; one that cannot be a provider id is as unknown as one not configured. */
    static ProviderId provider(Context ctx) {
        String provider = ctx.pathParam("provider");
        if (!ProviderId.isValid(provider)) {
            throw new HttpFailure(
                    404,
                    "invalid_request_error",
                    "No provider of that name is configured; provider ids are lower-case letters, digits, '-' and '_'.",
                    null,
                    "provider_not_found");
        }
        return ProviderId.of(provider);
    }

    private static ProfileId profile(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > 128) {
            throw new HttpFailure(
                    404, "invalid_request_error", "No auth profile has that id.", null, "profile_not_found");
        }
        return new ProfileId(id);
    }

    private static int limit(@Nullable String limit) {
        if (limit == null) return DEFAULT_LIMIT;
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw AdminFailures.invalid(
                    "limit", "limit must be a whole number between 1 and " + ReadAuditLog.MAX_LIMIT);
        }
    }

    private static @Nullable Instant since(@Nullable String since) {
        if (since == null) return null;
        try {
            return Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw AdminFailures.invalid("since", "since must be an ISO-8601 instant such as 2025-01-01T00:00:00Z");
        }
    }

    private static void ok(Context ctx, byte[] body) {
        OpenAiEndpoints.json(ctx, body);
    }
}
