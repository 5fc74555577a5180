package dev.switchboard.adapters.http;

import dev.switchboard.application.Gateway;
import dev.switchboard.application.RequestContext;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.telemetry.TraceParent;
import io.javalin.http.Context;
import org.jspecify.annotations.Nullable;

/**
 * The {@link RequestContext} of a request: its id; on a {@code /{provider}/v1} route the provider, which must be
 * configured (else 404 {@code provider_not_found}, before the body is read); and the client's {@code X-Session-ID},
 * which keeps a conversation on one upstream key; and the caller's {@code traceparent}. A session id that is not 1-128 characters of
 * {@code A-Za-z0-9._:-}, like a request id, is ignored rather than refused: it only ever helps caching.
 */
final class RequestContexts {

    static final String SESSION_HEADER = "X-Session-ID";

    /** The caller's W3C trace context: the request's spans join that trace (an invalid one is ignored). */
    static final String TRACE_HEADER = "traceparent";

    private static final int MAX_QUOTED = 64;

    private RequestContexts() {}

    private static final String ATTRIBUTE = "switchboard.requestContext";

    /** The context of the request, remembered for its access log line; its client is the key that sent it. */
    static RequestContext of(Context ctx, Gateway gateway) {
        RequestContext context = create(ctx, gateway)
                .withClient(Guards.client(ctx))
                .withTraceParent(TraceParent.parse(ctx.header(TRACE_HEADER)).orElse(null));
        ctx.attribute(ATTRIBUTE, context);
        return context;
    }

    /** The context {@link #of} made for the request, or null when no endpoint made one (probes, errors, admin). */
    static @Nullable RequestContext made(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    private static RequestContext create(Context ctx, Gateway gateway) {
        String requestId = RequestIds.of(ctx);
        @Nullable String session = sessionKey(ctx);
        String provider = ctx.pathParamMap().get("provider");
        if (provider == null) return new RequestContext(requestId, null, session);
        if (!ProviderId.isValid(provider) || !gateway.hasProvider(ProviderId.of(provider))) {
            throw new HttpFailure(
                    404,
                    "invalid_request_error",
                    "No provider named '" + printable(provider) + "' is configured.",
                    null,
                    "provider_not_found");
        }
        return new RequestContext(requestId, ProviderId.of(provider), session);
    }

    private static @Nullable String sessionKey(Context ctx) {
        String offered = ctx.header(SESSION_HEADER);
        return offered != null && CallContext.isValidRequestId(offered) ? offered : null;
    }

    /** A path segment fit to quote back: at most 64 characters, control characters dropped. */
    private static String printable(String text) {
        return text.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .limit(MAX_QUOTED)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
