package dev.switchboard.adapters.providers.ollama;

import static dev.switchboard.adapters.providers.testing.Contexts.KEY;
import static dev.switchboard.adapters.providers.testing.Contexts.anonymous;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.embedding.EmbeddingRequest;
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

/** Ollama's error answers, {@code {"error":"..."}} bodies as the server writes them, each reaching the domain once. */
class OllamaErrorTableTest {

    private static final ChatRequest HELLO = ChatRequest.of("llama9", Message.user("hi"));

    private static StubUpstream stub;
    private static ModelProvider ollama;

    @BeforeAll
    static void start() {
        stub = StubUpstream.start();
        ollama = OllamaStubs.provider(stub);
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    static List<Arguments> table() {
        return List.of(
                row(
                        404,
                        "model \\\"llama9\\\" not found, try pulling it first",
                        new ProviderFailure.ModelNotFound("model \"llama9\" not found, try pulling it first")),
                row(
                        400,
                        "invalid character 'x' looking for beginning of value",
                        new ProviderFailure.InvalidRequest(
                                "invalid character 'x' looking for beginning of value", null)),
                row(
                        400,
                        "the input length exceeds the context length",
                        new ProviderFailure.ContextLengthExceeded("the input length exceeds the context length")),
                row(401, "unauthorized", new ProviderFailure.Unauthorized("unauthorized")),
                row(
                        429,
                        "too many concurrent requests",
                        new ProviderFailure.RateLimited("too many concurrent requests", Duration.ofSeconds(3))),
                row(
                        500,
                        "the model failed to generate a response",
                        new ProviderFailure.Unavailable(
                                500, "the upstream answered HTTP 500: the model failed to generate a response")),
                row(
                        502,
                        "unable to reach the cloud model",
                        new ProviderFailure.Unavailable(
                                502, "the upstream answered HTTP 502: unable to reach the cloud model")),
                row(
                        503,
                        "server busy, please try again.  maximum pending requests exceeded",
                        new ProviderFailure.Unavailable(
                                503,
                                "the upstream answered HTTP 503: server busy, please try again.  maximum pending"
                                        + " requests exceeded")));
    }

    private static Arguments row(int status, String message, ProviderFailure failure) {
        return Arguments.of(status, "{\"error\":\"" + message + "\"}", failure);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @MethodSource("table")
    void maps_the_error_body_to_its_failure_for_every_operation(int status, String body, ProviderFailure failure) {
        var reply = json(status, body, "Retry-After", "3");
        stub.on("/api/chat", reply).on("/api/embed", reply).on("/api/pull", reply);

        assertFailure(() -> ollama.complete(HELLO, anonymous()), failure);
        assertFailure(() -> ollama.stream(HELLO, anonymous()), failure);
        assertFailure(() -> ollama.embed(EmbeddingRequest.of("llama9", "hi"), anonymous()), failure);
        assertFailure(() -> ollama.puller().orElseThrow().pull("llama9", anonymous()), failure);
    }

    @Test
    void a_body_that_is_not_ollamas_error_leaves_the_status_to_decide() {
        stub.on("/api/chat", Replies.text(502, "text/html", "<html><body>Bad Gateway</body></html>"));

        assertFailure(
                () -> ollama.complete(HELLO, anonymous()),
                new ProviderFailure.Unavailable(502, "the upstream answered HTTP 502"));
    }

    @Test
    void an_error_object_as_a_proxy_writes_it_is_read_too() {
        stub.on("/api/chat", json(400, "{\"error\":{\"message\":\"bad request\",\"type\":\"invalid_request_error\"}}"));

        assertFailure(
                () -> ollama.complete(HELLO, anonymous()), new ProviderFailure.InvalidRequest("bad request", null));
    }

    @Test
    void a_key_the_server_echoes_is_redacted() {
        stub.on("/api/chat", json(401, "{\"error\":\"invalid key " + KEY + "\"}"));

        assertThatThrownBy(() -> ollama.complete(HELLO, withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure().message()).doesNotContain(KEY));
    }

    @Test
    void a_refused_connection_is_a_network_failure_and_health_reports_it() {
        var closed = StubUpstream.start();
        var gone = OllamaStubs.provider(closed);
        closed.close();

        assertFailure(
                () -> gone.complete(HELLO, anonymous()),
                new ProviderFailure.Network("could not connect to the upstream (refused or unreachable)"));
        var health = gone.health(anonymous());
        assertThat(health.up()).isFalse();
        assertThat(health.detail()).isEqualTo("could not connect to the upstream (refused or unreachable)");
    }

    private static void assertFailure(Runnable call, ProviderFailure failure) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(failure));
    }
}
