package dev.switchboard.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.application.Gateway;
import dev.switchboard.domain.auth.Secret;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestCase;
import io.javalin.testtools.TestConfig;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP API with admin keys, over a gateway whose one provider is {@code mock}, and a client that keeps every
 * response it received, so that a test can look for a secret in all of them.
 */
final class AdminSession {

    static final String ADMIN_KEY = "sk-admin-0123456789-5b4a";
    static final String ACTOR = "admin:...5b4a";
    static final String PROFILES = "/admin/providers/mock/profiles";

    /** One response as received: status, headers and body. */
    record Received(int status, String headers, String body) {}

    private final HttpClient client;
    private final List<Received> received = new ArrayList<>();

    private AdminSession(HttpClient client) {
        this.client = client;
    }

    /** Client keys as {@link Api#settings()}, and one admin key. */
    static HttpSettings settings() {
        return withAdminKeys(List.of(Secret.of(ADMIN_KEY)));
    }

    static HttpSettings withAdminKeys(List<Secret> adminKeys) {
        var client = Api.settings();
        return new HttpSettings(
                client.host(),
                client.port(),
                client.apiKeys(),
                adminKeys,
                client.corsOrigins(),
                client.securityHeaders(),
                client.maxBodyBytes());
    }

    interface Steps {
        void run(AdminSession session) throws Exception;
    }

    static void test(Steps steps) {
        test(settings(), steps);
    }

    /**
     * Runs {@code steps} against a fresh API, with an HTTP client of its own, closed at the end, so that no connection
     * of the session outlives it in the client JavalinTest otherwise shares between all tests.
     */
    static void test(HttpSettings settings, Steps steps) {
        TestCase testCase = (server, client) -> steps.run(new AdminSession(client));
        try (Gateway gateway = Api.gateway(new FakeModelProvider());
                var http = java.net.http.HttpClient.newHttpClient()) {
            JavalinTest.test(
                    HttpApi.create(gateway, settings).javalin(), new TestConfig(true, true, http, Map.of()), testCase);
        }
    }

    /** A request with the admin key; {@code body} null for none. */
    Response admin(String method, String path, @Nullable String body) {
        return send(method, path, body, "Bearer " + ADMIN_KEY);
    }

    /** A request with a client key (not an admin key); {@code body} null for none. */
    Response client(String method, String path, @Nullable String body) {
        return send(method, path, body, "Bearer " + Api.KEY);
    }

    /** A request with the given {@code Authorization} header, or none when null. */
    Response send(String method, String path, @Nullable String body, @Nullable String authorization) {
        var publisher = body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body);
        Response response = client.request(path, request -> {
            switch (method) {
                case "GET" -> request.get();
                case "POST" -> request.post(publisher);
                case "PATCH" -> request.patch(publisher);
                case "PUT" -> request.put(publisher);
                case "DELETE" -> request.delete(publisher);
                default -> throw new IllegalArgumentException(method);
            }
            if (body != null) request.header("Content-Type", "application/json");
            if (authorization != null) request.header("Authorization", authorization);
        });
        received.add(new Received(
                response.code(), response.headers().toString(), response.body().string()));
        return response;
    }

    /** Creates a profile of {@code mock} and returns its id. */
    String create(String name, String secret) {
        var response = admin("POST", PROFILES, "{\"name\":\"" + name + "\",\"secret\":\"" + secret + "\"}");
        if (response.code() != 201) throw new IllegalStateException("create failed: " + response.code());
        return json(response).get("id").asText();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    static JsonNode json(Response response) {
        return Api.json(response.body().string());
    }
}
