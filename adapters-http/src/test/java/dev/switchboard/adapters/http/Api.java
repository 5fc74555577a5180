package dev.switchboard.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.application.Gateway;
import dev.switchboard.application.GatewaySettings;
import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.provider.ProviderSettings;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestCase;
import io.javalin.testtools.TestConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** Runs the real HTTP API over a real {@link Gateway} whose only provider, {@code mock}, is a fake. */
final class Api {

    static final String KEY = "sk-test-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Api() {}

    /** Keys on, security headers on, no CORS, a 64 KiB body limit. */
    static HttpSettings settings() {
        return new HttpSettings(
                "127.0.0.1",
                0,
                List.of(Secret.of("sk-other-key"), Secret.of(KEY)),
                List.of(),
                List.of(),
                true,
                64 * 1024);
    }

    static void test(FakeModelProvider fake, TestCase testCase) {
        test(settings(), fake, testCase);
    }

    static void test(HttpSettings settings, FakeModelProvider fake, TestCase testCase) {
        try (Gateway gateway = gateway(fake)) {
            run(HttpApi.create(gateway, settings).javalin(), testCase);
        }
    }

    /**
     * A test configuration with its own HTTP client. JavalinTest's default client is shared by every test and pools
     * connections: when a later test's server gets a port an earlier one used, a POST can go out on a stale pooled
     * connection and fail with "received no bytes" (POSTs are not retried).
     */
    static void run(io.javalin.Javalin app, TestCase testCase) {
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            JavalinTest.test(app, new TestConfig(true, true, http, Map.of()), testCase);
        }
    }

    static Gateway gateway(FakeModelProvider fake) {
        var settings = GatewaySettings.inMemory(List.of(ProviderSettings.of("mock", "fake", Map.of())));
        return Gateway.start(settings, List.of(new FakeProviderFactory(fake)), null);
    }

    static Response get(HttpClient client, String path) {
        return client.request(path, request -> request.get().header("Authorization", "Bearer " + KEY));
    }

    static Response post(HttpClient client, String path, String json) {
        return client.request(
                path,
                request -> request.post(BodyPublishers.ofString(json))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("Authorization", "Bearer " + KEY));
    }

    /** Any request: method, path, headers as name-value pairs, and a body (null for none). */
    static Response send(HttpClient client, String method, String path, String body, String... headers) {
        return client.request(path, request -> {
            switch (method) {
                case "GET" -> request.get();
                case "POST" -> request.post(BodyPublishers.ofString(body));
                default -> throw new IllegalArgumentException(method);
            }
            for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        });
    }

    /** An OPTIONS request, which JavalinTest's client cannot send. */
    static HttpResponse<String> options(int port, String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String chat(String model, String extra) {
        return "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]" + extra + "}";
    }

    static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String header(Response response, String name) {
        List<String> values = response.headers().get(name);
        return values == null ? null : values.getFirst();
    }
}
