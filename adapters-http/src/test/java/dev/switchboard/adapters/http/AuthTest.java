package dev.switchboard.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.auth.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthTest {

    private final FakeModelProvider fake = new FakeModelProvider();

    @Test
    void refuses_a_request_without_a_key_with_401_and_a_bearer_challenge() {
        Api.test(fake, (server, client) -> {
            var response = client.get("/v1/models");

            assertThat(response.code()).isEqualTo(401);
            assertThat(Api.header(response, "WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(Api.json(response).at("/error/type").asText()).isEqualTo("invalid_request_error");
            assertThat(Api.json(response).at("/error/code").asText()).isEqualTo("invalid_api_key");
            assertThat(Api.json(response).at("/error/param").isNull()).isTrue();
        });
    }

    @Test
    void refuses_a_wrong_key_or_another_scheme_without_echoing_it() {
        Api.test(fake, (server, client) -> {
            var wrong = Api.send(client, "GET", "/v1/models", null, "Authorization", "Bearer sk-wrong-secret");
            var basic = Api.send(client, "GET", "/v1/models", null, "Authorization", "Basic " + Api.KEY);

            assertThat(wrong.code()).isEqualTo(401);
            assertThat(wrong.body().string()).doesNotContain("sk-wrong-secret").contains("Incorrect API key");
            assertThat(basic.code()).isEqualTo(401);
            assertThat(fake.requestIds).isEmpty();
        });
    }

    @Test
    void accepts_any_configured_key_whatever_the_case_of_the_scheme() {
        Api.test(fake, (server, client) -> {
            var first = Api.send(client, "GET", "/v1/models", null, "Authorization", "bearer sk-other-key");
            var second = Api.get(client, "/v1/models");

            assertThat(first.code()).isEqualTo(200);
            assertThat(second.code()).isEqualTo(200);
        });
    }

    @Test
    void serves_everyone_when_no_key_is_configured() {
        var open = HttpSettings.open(0);
        try (var gateway = Api.gateway(fake)) {
            assertThat(HttpApi.create(gateway, open).isOpen()).isTrue();
            assertThat(HttpApi.create(gateway, Api.settings()).isOpen()).isFalse();
        }
        Api.test(open, fake, (server, client) -> {
            assertThat(client.get("/v1/models").code()).isEqualTo(200);
        });
    }

    @Test
    void compares_with_every_key() {
        var keys = List.of(Secret.of("first-key"), Secret.of("second-key"));

        assertThat(Guards.matchesAny(keys, "second-key")).isTrue();
        assertThat(Guards.matchesAny(keys, "first-key")).isTrue();
        assertThat(Guards.matchesAny(keys, "second-ke")).isFalse();
        assertThat(Guards.matchesAny(List.of(), "anything")).isFalse();
    }
}
