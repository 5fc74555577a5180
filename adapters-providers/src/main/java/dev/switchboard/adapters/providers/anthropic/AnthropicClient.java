package dev.switchboard.adapters.providers.anthropic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.HttpTransport;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.shared.ResponseBody;
import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.provider.CallContext;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Builds the Messages API's HTTP requests (URL, {@code anthropic-version}, {@code anthropic-beta}, static headers, the
 * call's key as {@code x-api-key}) and sends them through the shared transport, which adds {@code X-Request-ID} and
 * turns non-2xx answers into failures. Thread-safe.
 */
final class AnthropicClient {

    private static final String JSON = "application/json";

    private final AnthropicSettings settings;
    private final HttpTransport transport;
    private final String base;

    AnthropicClient(AnthropicSettings settings) {
        this.settings = settings;
        this.transport = new HttpTransport(settings.connectTimeout(), AnthropicErrors::parse);
        String url = settings.baseUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** POSTs a JSON body and returns the whole answer's body. */
    byte[] post(String path, ObjectNode body, List<String> betas, CallContext context) {
        return transport
                .exchange(json(path, body, JSON, betas, context), context)
                .body();
    }

    /** POSTs a streaming request and returns the open event stream once the upstream accepted it. */
    ResponseBody stream(ObjectNode body, List<String> betas, CallContext context) {
        return transport.open(json("/v1/messages", body, "text/event-stream", betas, context), context);
    }

    /** GETs a path, query included. */
    byte[] get(String path, CallContext context) {
        return transport
                .exchange(request(path, JSON, List.of(), context).GET(), context)
                .body();
    }

    private HttpRequest.Builder json(
            String path, ObjectNode body, String accept, List<String> betas, CallContext context) {
        return request(path, accept, betas, context)
                .setHeader("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(ProviderJson.bytes(body)));
    }

    private HttpRequest.Builder request(String path, String accept, List<String> betas, CallContext context) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        settings.headers().forEach(request::setHeader);
        request.setHeader("Accept", accept);
        request.setHeader("anthropic-version", settings.version());
        var features = new LinkedHashSet<>(settings.beta());
        features.addAll(betas);
        if (!features.isEmpty()) request.setHeader("anthropic-beta", String.join(",", features));
        if (context.credential() instanceof Credential.ApiKey key) {
            request.setHeader("x-api-key", key.key().reveal());
        }
        return request;
    }
}
