package dev.switchboard.adapters.http;

import dev.switchboard.domain.auth.Secret;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;

/**
 * The before-handlers every request passes: security headers, CORS, and the inbound API key. Probes
 * ({@code /healthz}, {@code /readyz}) and CORS preflights need no key.
 */
final class Guards {

    private static final Set<String> PROBES = Set.of("/healthz", "/readyz");
    private static final String BEARER = "Bearer ";

    private final HttpSettings settings;

    Guards(HttpSettings settings) {
        this.settings = settings;
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
        ctx.header("Access-Control-Expose-Headers", RequestIds.HEADER + ", Retry-After");
        if (isPreflight(ctx)) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type, " + RequestIds.HEADER);
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
            ctx.skipRemainingHandlers();
        }
    }

    /** Checks {@code Authorization: Bearer <key>} against every configured key, in constant time. */
    void apiKey(Context ctx) {
        if (isOpen() || PROBES.contains(ctx.path())) return;
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized("You didn't provide an API key. Send it as 'Authorization: Bearer <key>'.");
        }
        if (!matchesAny(settings.apiKeys(), header.substring(BEARER.length()).strip())) {
            throw unauthorized("Incorrect API key provided.");
        }
    }

    /** Compares with every key, without stopping at a match, so the time taken tells nothing. */
    static boolean matchesAny(List<Secret> keys, String candidate) {
        boolean matched = false;
        for (Secret key : keys) matched |= key.matches(candidate);
        return matched;
    }

    private static boolean isPreflight(Context ctx) {
        return ctx.method().equals(HandlerType.OPTIONS) && ctx.header("Access-Control-Request-Method") != null;
    }

    private static HttpFailure unauthorized(String message) {
        return HttpFailure.invalidRequest(401, message, "invalid_api_key");
    }
}
