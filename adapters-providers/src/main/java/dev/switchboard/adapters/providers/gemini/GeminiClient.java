package dev.switchboard.adapters.providers.gemini;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.HttpTransport;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.shared.ResponseBody;
import dev.switchboard.domain.provider.CallContext;
import java.net.URI;
import java.net.http.HttpRequest;

/**
 * Builds Gemini's HTTP requests (the static headers, the call's authentication from {@link GeminiAuth}) and sends them
 * through the shared transport, which adds {@code X-Request-ID} and turns non-2xx answers into failures, refined by
 * {@link GeminiErrors}. The API key never goes in the URL, so it cannot reach a log line that prints one. Thread-safe.
 */
final class GeminiClient {

    private static final String JSON = "application/json";

    private final GeminiSettings settings;
    private final GeminiAuth auth;
    private final HttpTransport transport;

    GeminiClient(GeminiSettings settings, GeminiAuth auth) {
        this.settings = settings;
        this.auth = auth;
        this.transport = new HttpTransport(settings.connectTimeout(), GeminiErrors::parse, GeminiErrors::refine);
    }

    /** POSTs a JSON body and returns the whole answer's body. */
    byte[] post(URI uri, ObjectNode body, CallContext context) {
        return transport.exchange(json(uri, body, JSON, context), context).body();
    }

    /** POSTs a streaming request and returns the open event stream once the upstream accepted it. */
    ResponseBody stream(URI uri, ObjectNode body, CallContext context) {
        return transport.open(json(uri, body, "text/event-stream", context), context);
    }

    /** GETs a URL, query included. */
    byte[] get(URI uri, CallContext context) {
        return transport.exchange(request(uri, JSON, context).GET(), context).body();
    }

    /** Authenticates a request that is never sent: an OAuth 2 token is fetched (or found cached) on the way. */
    void probeAuth(CallContext context) {
        URI uri = settings.baseUrl();
        auth.apply(HttpRequest.newBuilder(uri), uri, context.credential());
    }

    private HttpRequest.Builder json(URI uri, ObjectNode body, String accept, CallContext context) {
        return request(uri, accept, context)
                .setHeader("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(ProviderJson.bytes(body)));
    }

    private HttpRequest.Builder request(URI uri, String accept, CallContext context) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        settings.headers().forEach(request::setHeader);
        request.setHeader("Accept", accept);
        auth.apply(request, uri, context.credential());
        return request;
    }
}
