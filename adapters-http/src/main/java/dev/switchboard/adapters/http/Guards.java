package dev.switchboard.adapters.http;

import dev.switchboard.domain.auth.Secret;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The before-handlers every request passes: security headers, CORS, the inbound API key, and the admin key. Probes
 * ({@code /healthz}, {@code /readyz}), CORS preflights and, when so configured, {@code /metrics} need no key. Routes under {@code /admin} take an admin key
 * only, and no route takes an admin key unless it is also a client key.
 */
final class Guards {

    private static final Set<String> PROBES = Set.of("/healthz", "/readyz");
    private static final String BEARER = "Bearer ";
    private static final String ACTOR = "switchboard.adminActor";
    private static final String CLIENT = "switchboard.client";

    private final HttpSettings settings;
    private final MetricsAccess metrics;

    Guards(HttpSettings settings, MetricsAccess metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    Guards(HttpSettings settings) {
        this(settings, MetricsAccess.KEYS);
    }

    boolean isOpen() {
        return settings.apiKeys().isEmpty();
    }

    void securityHeaders(Context ctx) {
        if (!settings.securityHeaders()) return;
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        ctx.header("Cache-Control", "no-store");
    }

    /** Allows the configured origins only; answers their preflights at once. */
    void cors(Context ctx) {
        if (settings.corsOrigins().isEmpty()) return;
        String origin = ctx.header("Origin");
        if (origin == null) return;
        if (!settings.corsOrigins().contains(origin) && !settings.corsOrigins().contains("*")) return;
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
        ctx.header(
                "Access-Control-Expose-Headers",
                String.join(
                        ", ",
                        RequestIds.HEADER,
                        "Retry-After",
                        ServedHeaders.PROVIDER,
                        ServedHeaders.MODEL,
                        ServedHeaders.ATTEMPTS,
                        ServedHeaders.OVERHEAD));
        if (isPreflight(ctx)) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
            ctx.header(
                    "Access-Control-Allow-Headers", "Authorization, Content-Type, X-Session-ID, " + RequestIds.HEADER);
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
            ctx.skipRemainingHandlers();
        }
    }

    /** Checks {@code Authorization: Bearer <key>} against every configured key, in constant time. */
    void apiKey(Context ctx) {
        if (isOpen() || PROBES.contains(ctx.path()) || isAdmin(ctx.path()) || isOpenMetrics(ctx.path())) return;
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized("You didn't provide an API key. Send it as 'Authorization: Bearer <key>'.");
        }
        Secret key =
                matching(settings.apiKeys(), header.substring(BEARER.length()).strip());
        if (key == null) throw unauthorized("Incorrect API key provided.");
        ctx.attribute(CLIENT, key.fingerprint());
    }

    private boolean isOpenMetrics(String path) {
        return metrics == MetricsAccess.OPEN && path.equals(MetricsEndpoint.PATH);
    }

    /** The client key that sent the request, by fingerprint ({@code ...a1b2}); null when the API is open. */
    static @Nullable String client(Context ctx) {
        return ctx.attribute(CLIENT);
    }

    /** The before-handler: every path under {@code /admin}, routed or not, needs an admin key. */
    void adminKey(Context ctx) {
        if (isAdmin(ctx.path())) requireAdminKey(ctx);
    }

    /**
     * Lets a request through with an admin key only, and remembers who sent it; the admin handlers call it too, so
     * that a path spelt to slip past {@link #adminKey} still meets it. Without admin keys the admin API is off (403),
     * never open; no key is a 401, a client key a 403, any other key a 401.
     */
    void requireAdminKey(Context ctx) {
        if (ctx.attribute(ACTOR) != null) return;
        if (settings.adminKeys().isEmpty()) {
            throw forbidden(
                    "The admin API is disabled: set ADMIN_API_KEYS (security.admin_keys) to enable it.",
                    "admin_api_disabled");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized("You didn't provide an admin key. Send it as 'Authorization: Bearer <admin key>'.");
        }
        String candidate = header.substring(BEARER.length()).strip();
        Secret admin = matching(settings.adminKeys(), candidate);
        boolean client = matchesAny(settings.apiKeys(), candidate);
        if (admin != null) {
            ctx.attribute(ACTOR, "admin:" + admin.fingerprint());
        } else if (client) {
            throw forbidden("This API key may not call the admin API; send an admin key.", "insufficient_permissions");
        } else {
            throw unauthorized("Incorrect admin key provided.");
        }
    }

    /** Who sent an admin request, for the audit log: {@code admin:} and the admin key's fingerprint. */
    static String actor(Context ctx) {
        String actor = ctx.attribute(ACTOR);
        if (actor == null) throw new IllegalStateException("the admin guard did not run");
        return actor;
    }

    static boolean isAdmin(String path) {
        return path.equals("/admin") || path.startsWith("/admin/");
    }

    /** Compares with every key, without stopping at a match, so the time taken tells nothing. */
    static boolean matchesAny(List<Secret> keys, String candidate) {
        return matching(keys, candidate) != null;
    }

    /** The first key equal to {@code candidate}, having compared with every key; null when none is. */
    static @Nullable Secret matching(List<Secret> keys, String candidate) {
        Secret matched = null;
        for (Secret key : keys) {
            if (key.matches(candidate) && matched == null) matched = key;
        }
        return matched;
    }

    private static boolean isPreflight(Context ctx) {
        return ctx.method().equals(HandlerType.OPTIONS) && ctx.header("Access-Control-Request-Method") != null;
    }

    private static HttpFailure unauthorized(String message) {
        return HttpFailure.invalidRequest(401, message, "invalid_api_key");
    }

    private static HttpFailure forbidden(String message, String code) {
        return HttpFailure.invalidRequest(403, message, code);
    }
}
