package dev.switchboard.adapters.http;

import dev.switchboard.application.RequestContext;
import dev.switchboard.domain.provider.CallContext;
import io.javalin.http.Context;

/**
 * Gives every request an id: the client's {@code X-Request-ID} when it is valid (1-128 characters of
 * {@code A-Za-z0-9._:-}), a fresh {@code req_...} id otherwise (an invalid one is replaced, not refused). The id is
 * echoed on every response, errors included, travels to the provider and starts the access log line ({@link AccessLog}).
 */
final class RequestIds {

    static final String HEADER = "X-Request-ID";
    private static final String ATTRIBUTE = "switchboard.requestId";

    private RequestIds() {}

    /** The before-handler: assigns and echoes the id. */
    static void assign(Context ctx) {
        String offered = ctx.header(HEADER);
        String id = offered != null && CallContext.isValidRequestId(offered) ? offered : RequestContext.newRequestId();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    /** The request's id; a fresh one if the before-handler did not run (a failure inside Jetty itself). */
    static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id != null ? id : RequestContext.newRequestId();
    }
}
