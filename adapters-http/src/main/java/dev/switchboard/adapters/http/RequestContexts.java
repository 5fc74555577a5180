package dev.switchboard.adapters.http;

import dev.switchboard.application.Gateway;
import dev.switchboard.application.RequestContext;
import dev.switchboard.domain.model.ProviderId;
import io.javalin.http.Context;

/**
 * The {@link RequestContext} of a request: its id, and on a {@code /{provider}/v1} route the provider, which must be
 * configured (else 404 {@code provider_not_found}, before the body is read).
 */
final class RequestContexts {

    private static final int MAX_QUOTED = 64;

    private RequestContexts() {}

    static RequestContext of(Context ctx, Gateway gateway) {
        String requestId = RequestIds.of(ctx);
        String provider = ctx.pathParamMap().get("provider");
        if (provider == null) return RequestContext.of(requestId);
        if (!ProviderId.isValid(provider) || !gateway.hasProvider(ProviderId.of(provider))) {
            throw new HttpFailure(
                    404,
                    "invalid_request_error",
                    "No provider named '" + printable(provider) + "' is configured.",
                    null,
                    "provider_not_found");
        }
        return RequestContext.forProvider(requestId, ProviderId.of(provider));
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
