package dev.switchboard.adapters.providers.openai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.Answer;
import dev.switchboard.adapters.providers.shared.HttpTransport;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.shared.ResponseBody;
import dev.switchboard.domain.provider.CallContext;
import java.net.URI;
import java.net.http.HttpRequest;

/**
 * Builds one dialect's HTTP requests (URL, static headers, the key of the call's credential) and sends them through
 * the shared transport, which adds {@code X-Request-ID} and turns non-2xx answers into failures. Thread-safe.
 */
final class OpenAiClient {

    private static final String JSON = "application/json";

    private final Dialect dialect;
    private final HttpTransport transport;

    OpenAiClient(Dialect dialect) {
        this.dialect = dialect;
        this.transport = new HttpTransport(dialect.connectTimeout(), OpenAiErrors::parse);
    }

    /** POSTs a JSON body to a per-model operation and returns the whole answer's body. */
    byte[] post(Operation operation, String model, ObjectNode body, CallContext context) {
        return post(dialect.endpoints().uri(operation.path(), model), body, context);
    }

    /** POSTs a JSON body to the given URL and returns the whole answer's body. */
    byte[] post(URI uri, ObjectNode body, CallContext context) {
        return transport.exchange(json(uri, body, JSON, context), context).body();
    }

    /** POSTs a streaming request and returns the open event stream once the upstream accepted it. */
    ResponseBody stream(Operation operation, String model, ObjectNode body, CallContext context) {
        URI uri = dialect.endpoints().uri(operation.path(), model);
        return transport.open(json(uri, body, "text/event-stream", context), context);
    }

    /** GETs a resource-level operation such as the model list. */
    byte[] get(Operation operation, CallContext context) {
        URI uri = dialect.endpoints().uri(operation.path(), null);
        return transport.exchange(request(uri, JSON, context).GET(), context).body();
    }

    /** POSTs a multipart form to a per-model operation; the answer keeps its content type. */
    Answer postForm(Operation operation, String model, Multipart form, CallContext context) {
        return transport.exchange(form(operation, model, form, "application/json, text/plain", context), context);
    }

    /**
     * POSTs a multipart form that asks for a stream, and returns the open body once the upstream accepted it; the
     * caller must close it.
     */
    ResponseBody streamForm(Operation operation, String model, Multipart form, CallContext context) {
        return transport.open(form(operation, model, form, "text/event-stream", context), context);
    }

    /** A URL below the base for a path the configuration chose, such as the rerank path. */
    URI resolve(String path) {
        return dialect.endpoints().uri(path, null);
    }

    private HttpRequest.Builder form(
            Operation operation, String model, Multipart form, String accept, CallContext context) {
        URI uri = dialect.endpoints().uri(operation.path(), model);
        return request(uri, accept, context)
                .setHeader("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body()));
    }

    private HttpRequest.Builder json(URI uri, ObjectNode body, String accept, CallContext context) {
        return request(uri, accept, context)
                .setHeader("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(ProviderJson.bytes(body)));
    }

    private HttpRequest.Builder request(URI uri, String accept, CallContext context) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        dialect.headers().forEach(request::setHeader);
        request.setHeader("Accept", accept);
        dialect.auth().apply(request, context.credential());
        return request;
    }
}
