package dev.switchboard.adapters.providers.ollama;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.HttpTransport;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.shared.ResponseBody;
import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.provider.CallContext;
import java.net.URI;
import java.net.http.HttpRequest;

/**
 * Builds the native API's HTTP requests (URL, static headers, the call's key as {@code Authorization: Bearer} when the
 * profile has one) and sends them through the shared transport, which adds {@code X-Request-ID} and turns non-2xx
 * answers into failures through {@link OllamaErrors}. Thread-safe.
 */
final class OllamaClient {

    private static final String JSON = "application/json";
    private static final String NDJSON = "application/x-ndjson";

    private final OllamaSettings settings;
    private final HttpTransport transport;
    private final String base;

    OllamaClient(OllamaSettings settings) {
        this.settings = settings;
        this.transport = new HttpTransport(settings.connectTimeout(), OllamaErrors::parse);
        String url = settings.baseUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** POSTs a JSON body and returns the whole answer's body. */
    byte[] post(String path, ObjectNode body, CallContext context) {
        return transport.exchange(json(path, body, JSON, context), context).body();
    }

    /** POSTs a streaming request and returns the open NDJSON body once the server accepted it. */
    ResponseBody stream(String path, ObjectNode body, CallContext context) {
        return transport.open(json(path, body, NDJSON, context), context);
    }

    /** GETs a path. */
    byte[] get(String path, CallContext context) {
        return transport.exchange(request(path, JSON, context).GET(), context).body();
    }

    private HttpRequest.Builder json(String path, ObjectNode body, String accept, CallContext context) {
        return request(path, accept, context)
                .setHeader("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(ProviderJson.bytes(body)));
    }

    private HttpRequest.Builder request(String path, String accept, CallContext context) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        settings.headers().forEach(request::setHeader);
        request.setHeader("Accept", accept);
        if (context.credential() instanceof Credential.ApiKey key) {
            request.setHeader("Authorization", "Bearer " + key.key().reveal());
        }
        return request;
    }
}
