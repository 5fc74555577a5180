package dev.switchboard.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Request ids, security headers and CORS. */
class HeadersTest {

    private final FakeModelProvider fake = new FakeModelProvider();

    @Test
    void echoes_a_valid_request_id_and_passes_it_to_the_provider() {
        Api.test(fake, (server, client) -> {
            var response = Api.send(
                    client,
                    "POST",
                    "/v1/chat/completions",
                    Api.chat("mock/echo", ""),
                    "Authorization",
                    "Bearer " + Api.KEY,
                    "X-Request-ID",
                    "client-id_1.2:3");

            assertThat(response.code()).isEqualTo(200);
            assertThat(Api.header(response, "X-Request-ID")).isEqualTo("client-id_1.2:3");
            assertThat(fake.requestIds).containsExactly("client-id_1.2:3");
        });
    }

    @Test
    void generates_a_request_id_when_none_or_an_invalid_one_is_sent() {
        Api.test(fake, (server, client) -> {
            var none = Api.get(client, "/v1/models");
            var invalid = Api.send(
                    client,
                    "GET",
                    "/v1/models",
                    null,
                    "Authorization",
                    "Bearer " + Api.KEY,
                    "X-Request-ID",
                    "bad id with spaces");
            var tooLong = Api.send(
                    client,
                    "GET",
                    "/v1/models",
                    null,
                    "Authorization",
                    "Bearer " + Api.KEY,
                    "X-Request-ID",
                    "a".repeat(129));

            assertThat(Api.header(none, "X-Request-ID")).matches("req_[0-9a-f]{24}");
            assertThat(Api.header(invalid, "X-Request-ID")).matches("req_[0-9a-f]{24}");
            assertThat(Api.header(tooLong, "X-Request-ID")).matches("req_[0-9a-f]{24}");
            assertThat(invalid.code()).isEqualTo(200);
        });
    }

    @Test
    void echoes_the_request_id_on_errors_too() {
        Api.test(fake, (server, client) -> {
            var unauthorized = Api.send(client, "GET", "/v1/models", null, "X-Request-ID", "r-401");
            var notFound = Api.send(
                    client, "GET", "/nowhere", null, "Authorization", "Bearer " + Api.KEY, "X-Request-ID", "r-404");

            assertThat(Api.header(unauthorized, "X-Request-ID")).isEqualTo("r-401");
            assertThat(Api.header(notFound, "X-Request-ID")).isEqualTo("r-404");
            assertThat(notFound.code()).isEqualTo(404);
        });
    }

    @Test
    void sends_security_headers_by_default() {
        Api.test(fake, (server, client) -> {
            var response = Api.get(client, "/v1/models");

            assertThat(Api.header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(Api.header(response, "X-Frame-Options")).isEqualTo("DENY");
            assertThat(Api.header(response, "Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(Api.header(response, "Content-Security-Policy"))
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(Api.header(response, "Cache-Control")).isEqualTo("no-store");
        });
    }

    @Test
    void leaves_security_headers_out_when_disabled() {
        var settings = new HttpSettings("127.0.0.1", 0, List.of(), List.of(), List.of(), false, 1024);
        Api.test(settings, fake, (server, client) -> {
            var response = client.get("/v1/models");

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("X-Frame-Options")).isNull();
            assertThat(response.headers().get("Content-Security-Policy")).isNull();
            assertThat(response.headers().get("Cache-Control")).isNull();
        });
    }

    @Test
    void sends_no_cors_headers_when_no_origin_is_configured() {
        Api.test(fake, (server, client) -> {
            var response = Api.send(
                    client,
                    "GET",
                    "/v1/models",
                    null,
                    "Authorization",
                    "Bearer " + Api.KEY,
                    "Origin",
                    "https://app.example.com");

            assertThat(response.headers().get("Access-Control-Allow-Origin")).isNull();
        });
    }

    @Test
    void allows_every_origin_when_the_wildcard_is_configured() {
        var settings = new HttpSettings("127.0.0.1", 0, Api.settings().apiKeys(), List.of(), List.of("*"), true, 1024);
        Api.test(settings, fake, (server, client) -> {
            var response = Api.send(
                    client,
                    "GET",
                    "/v1/models",
                    null,
                    "Authorization",
                    "Bearer " + Api.KEY,
                    "Origin",
                    "https://anywhere.example.org");

            assertThat(response.headers().get("Access-Control-Allow-Origin"))
                    .containsExactly("https://anywhere.example.org");
        });
    }

    @Test
    void allows_configured_origins_only_and_answers_their_preflight() {
        var settings = new HttpSettings(
                "127.0.0.1", 0, Api.settings().apiKeys(), List.of(), List.of("https://app.example.com"), true, 1024);
        Api.test(settings, fake, (server, client) -> {
            var allowed = Api.send(
                    client,
                    "GET",
                    "/v1/models",
                    null,
                    "Authorization",
                    "Bearer " + Api.KEY,
                    "Origin",
                    "https://app.example.com");
            var other = Api.send(
                    client,
                    "GET",
                    "/v1/models",
                    null,
                    "Authorization",
                    "Bearer " + Api.KEY,
                    "Origin",
                    "https://evil.example.com");
            var preflight = Api.options(
                    server.port(),
                    "/v1/chat/completions",
                    "Origin",
                    "https://app.example.com",
                    "Access-Control-Request-Method",
                    "POST",
                    "Access-Control-Request-Headers",
                    "authorization, content-type");

            assertThat(Api.header(allowed, "Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
            assertThat(Api.header(allowed, "Access-Control-Expose-Headers")).contains("X-Request-ID");
            assertThat(other.headers().get("Access-Control-Allow-Origin")).isNull();
            assertThat(preflight.statusCode()).isEqualTo(204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                    .contains("https://app.example.com");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                    .contains("Authorization, Content-Type, X-Session-ID, X-Request-ID");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                    .contains("GET, POST, PUT, PATCH, DELETE, OPTIONS");
        });
    }
}
