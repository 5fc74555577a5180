package dev.switchboard.adapters.providers.anthropic;

import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Anthropic's documented error answers, bodies as the API writes them, each reaching the domain as one failure. */
class AnthropicErrorTableTest {

    private static final ChatRequest HELLO = ChatRequest.of("claude-sonnet-4-5", Message.user("hi"));
    private static final String RATE_LIMIT = "This request would exceed the rate limit for your organization"
            + " (d3f27ff7-9afe-4ee2-9645-76ecfc73c2b7) of 40,000 input tokens per minute.";

    private static StubUpstream stub;
    private static ModelProvider anthropic;

    @BeforeAll
    static void start() {
        stub = StubUpstream.start();
        anthropic = new AnthropicProviderFactory()
                .create(settings(
                        "claude", "anthropic", "base_url", stub.base("").toString()));
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    static List<Arguments> table() {
        return List.of(
                row(
                        400,
                        "invalid_request_error",
                        "prompt is too long: 210000 tokens > 200000 maximum",
                        new ProviderFailure.ContextLengthExceeded(
                                "prompt is too long: 210000 tokens > 200000 maximum")),
                row(
                        400,
                        "invalid_request_error",
                        "max_tokens: Field required",
                        new ProviderFailure.InvalidRequest("max_tokens: Field required", null)),
                row(
                        401,
                        "authentication_error",
                        "invalid x-api-key",
                        new ProviderFailure.Unauthorized("invalid x-api-key")),
                row(
                        402,
                        "billing_error",
                        "Your credit balance is too low",
                        new ProviderFailure.Forbidden("Your credit balance is too low")),
                row(
                        403,
                        "permission_error",
                        "Your API key does not have permission to use the specified resource.",
                        new ProviderFailure.Forbidden(
                                "Your API key does not have permission to use the specified resource.")),
                row(404, "not_found_error", "model: claude-9", new ProviderFailure.ModelNotFound("model: claude-9")),
                row(
                        413,
                        "request_too_large",
                        "Request exceeds the maximum allowed number of bytes.",
                        new ProviderFailure.InvalidRequest(
                                "Request exceeds the maximum allowed number of bytes.", null)),
                row(
                        429,
                        "rate_limit_error",
                        RATE_LIMIT,
                        new ProviderFailure.RateLimited(RATE_LIMIT, Duration.ofSeconds(12))),
                row(
                        500,
                        "api_error",
                        "Internal server error",
                        new ProviderFailure.Unavailable(500, "the upstream answered HTTP 500: Internal server error")),
                row(
                        504,
                        "timeout_error",
                        "Request timed out",
                        new ProviderFailure.Timeout("the upstream answered HTTP 504: Request timed out")),
                row(
                        529,
                        "overloaded_error",
                        "Overloaded",
                        new ProviderFailure.Unavailable(529, "the upstream answered HTTP 529: Overloaded")));
    }

    private static Arguments row(int status, String type, String message, ProviderFailure failure) {
        String body =
                "{\"type\":\"error\",\"error\":{\"type\":\"%s\",\"message\":\"%s\"},\"request_id\":\"req_011CSHoEeqs5C35K2UUqR7Fy\"}"
                        .formatted(type, message);
        return Arguments.of(status, body, failure);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @MethodSource("table")
    void maps_the_documented_error_to_its_failure(int status, String body, ProviderFailure failure) {
        stub.on("/v1/messages", json(status, body, "retry-after", "12", "request-id", "req_011CSHoEeqs5C35K2UUqR7Fy"));

        assertThatThrownBy(() -> anthropic.complete(HELLO, withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(failure));
        assertThatThrownBy(() -> anthropic.stream(HELLO, withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(failure));
    }

    @Test
    void a_body_that_is_not_anthropics_error_shape_leaves_the_status_to_decide() {
        stub.on(
                "/v1/messages",
                Replies.text(413, "text/html", "<html><body>413 Request Entity Too Large</body></html>"));
        assertThatThrownBy(() -> anthropic.complete(HELLO, withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure())
                                .isEqualTo(new ProviderFailure.InvalidRequest("the upstream answered HTTP 413", null)));

        stub.on("/v1/messages", json(503, "{\"message\":\"upstream connect error\"}"));
        assertThatThrownBy(() -> anthropic.complete(HELLO, withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure())
                                .isEqualTo(new ProviderFailure.Unavailable(503, "the upstream answered HTTP 503")));
    }

    @Test
    void a_key_the_upstream_echoes_is_redacted() {
        String echoed =
                "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key "
                        + dev.switchboard.adapters.providers.testing.Contexts.KEY + "\"}}";
        stub.on("/v1/messages", json(401, echoed));

        assertThatThrownBy(() -> anthropic.complete(HELLO, withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure().message())
                                .doesNotContain(dev.switchboard.adapters.providers.testing.Contexts.KEY));
    }
}
