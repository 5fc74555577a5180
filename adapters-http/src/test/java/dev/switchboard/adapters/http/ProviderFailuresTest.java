package dev.switchboard.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.provider.ProviderFailure;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each upstream failure reaches the client with its one status and envelope. */
class ProviderFailuresTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("rate-limited", 429, "rate_limit_error", "rate_limit_exceeded", null),
                Arguments.of("unauthorized", 502, "upstream_error", "upstream_unauthorized", null),
                Arguments.of("forbidden", 502, "upstream_error", "upstream_forbidden", null),
                Arguments.of("missing", 404, "invalid_request_error", "model_not_found", null),
                Arguments.of("invalid", 400, "invalid_request_error", null, "temperature"),
                Arguments.of("too-long", 400, "invalid_request_error", "context_length_exceeded", "messages"),
                Arguments.of("overloaded", 503, "upstream_error", "upstream_unavailable", null),
                Arguments.of("broken", 502, "upstream_error", "upstream_unavailable", null),
                Arguments.of("timeout", 504, "upstream_error", "upstream_timeout", null),
                Arguments.of("network", 502, "upstream_error", "upstream_network_error", null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("failures")
    void maps_each_failure_to_its_status_and_envelope(
            String model, int status, String type, String code, String param) {
        var fake = new FakeModelProvider();
        Api.test(fake, (server, client) -> {
            var response = Api.post(client, "/v1/chat/completions", Api.chat("mock/" + model, ""));

            assertThat(response.code()).isEqualTo(status);
            var error = Api.json(response).get("error");
            assertThat(error.get("message").asText())
                    .isEqualTo(FakeModelProvider.FAILURES.get(model).message());
            assertThat(error.get("type").asText()).isEqualTo(type);
            assertThat(error.get("code").isNull() ? null : error.get("code").asText())
                    .isEqualTo(code);
            assertThat(error.get("param").isNull() ? null : error.get("param").asText())
                    .isEqualTo(param);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void maps_the_failure_the_same_way_when_the_stream_fails_midway(
            String model, int status, String type, String code, String param) {
        var answer = ErrorResponses.answer(FakeModelProvider.FAILURES.get(model));

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.body().type()).isEqualTo(type);
        assertThat(answer.body().code()).isEqualTo(code);
    }

    @Test
    void tells_a_rate_limited_client_how_long_to_wait_in_whole_seconds() {
        Api.test(new FakeModelProvider(), (server, client) -> {
            var response = Api.post(client, "/v1/chat/completions", Api.chat("mock/rate-limited", ""));

            assertThat(Api.header(response, "Retry-After")).isEqualTo("2");
        });
    }

    @Test
    void passes_the_providers_rate_limit_headers_to_the_client() {
        var limited = new ProviderFailure.RateLimited(
                "slow down",
                java.time.Duration.ofMillis(1_500),
                java.util.Map.of("x-ratelimit-remaining-tokens", "0", "x-ratelimit-reset-tokens", "1.5s"));

        var answer = ErrorResponses.answer(limited);

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.retryAfter()).isEqualTo(java.time.Duration.ofMillis(1_500));
        assertThat(answer.headers())
                .containsEntry("x-ratelimit-remaining-tokens", "0")
                .containsEntry("x-ratelimit-reset-tokens", "1.5s");
    }

    @Test
    void answers_a_bug_with_500_a_generic_message_and_the_request_id() {
        Api.test(new FakeModelProvider(), (server, client) -> {
            var response = Api.send(
                    client,
                    "POST",
                    "/v1/chat/completions",
                    Api.chat("mock/bug", ""),
                    "Authorization",
                    "Bearer " + Api.KEY,
                    "X-Request-ID",
                    "bug-1");

            assertThat(response.code()).isEqualTo(500);
            assertThat(Api.json(response).at("/error/message").asText()).isEqualTo("internal error (request id bug-1)");
            assertThat(Api.json(response).at("/error/type").asText()).isEqualTo("server_error");
            assertThat(response.body().string()).doesNotContain("IllegalStateException", "a bug in the adapter");
        });
    }
}
