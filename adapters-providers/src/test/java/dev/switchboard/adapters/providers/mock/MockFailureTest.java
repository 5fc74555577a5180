package dev.switchboard.adapters.providers.mock;

import static dev.switchboard.adapters.providers.mock.MockSetup.context;
import static dev.switchboard.adapters.providers.mock.MockSetup.provider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MockFailureTest {

    private static final ChatRequest HELLO = ChatRequest.of("echo", Message.user("hello you there"));

    @ParameterizedTest
    @CsvSource({
        "rate_limited, RateLimited",
        "unauthorized, Unauthorized",
        "forbidden, Forbidden",
        "model_not_found, ModelNotFound",
        "invalid_request, InvalidRequest",
        "context_length_exceeded, ContextLengthExceeded",
        "unavailable, Unavailable",
        "timeout, Timeout",
        "network, Network",
        "malformed_response, MalformedResponse",
    })
    void fails_every_call_with_the_configured_failure(String kind, String failure) {
        ModelProvider mock = provider("fail_with", kind);

        assertThat(failureOf(() -> mock.complete(HELLO, context())).getClass().getSimpleName())
                .isEqualTo(failure);
        assertThat(failureOf(() -> mock.stream(HELLO, context())))
                .hasSameClassAs(failureOf(() -> mock.models(context())));
        assertThat(failureOf(() -> mock.completeText(CompletionRequest.of("echo", "p"), context()))
                        .message())
                .isEqualTo("the mock provider is set to fail with " + kind);
        assertThat(failureOf(() -> mock.streamText(CompletionRequest.of("echo", "p"), context()))
                        .retryable())
                .isEqualTo(failureOf(() -> mock.embed(EmbeddingRequest.of("embed", "e"), context()))
                        .retryable());
        assertThat(mock.health(context()).up()).isFalse();
    }

    @Test
    void tells_a_rate_limited_caller_when_to_retry_and_an_unavailable_one_the_status() {
        assertThat(failureOf(() -> provider("fail_with", "rate_limited").complete(HELLO, context())))
                .isEqualTo(new ProviderFailure.RateLimited(
                        "the mock provider is set to fail with rate_limited", Duration.ofSeconds(1)));
        assertThat(failureOf(() -> provider("fail_with", "unavailable").complete(HELLO, context())))
                .isInstanceOfSatisfying(
                        ProviderFailure.Unavailable.class,
                        f -> assertThat(f.status()).isEqualTo(503));
    }

    @Test
    void fails_a_stream_after_fail_after_pieces_once_it_has_started() {
        var mock = provider("fail_with", "unavailable", "fail_after", "2");
        var read = new ArrayList<ChatEvent>();

        try (var stream = mock.stream(HELLO, context())) {
            assertThatThrownBy(() -> stream.forEach(read::add))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.Unavailable.class));
        }
        assertThat(read).hasSize(3).first().isInstanceOf(ChatEvent.Started.class);
        assertThat(failureOf(() -> mock.complete(HELLO, context()))).isInstanceOf(ProviderFailure.Unavailable.class);
    }

    @Test
    void waits_the_configured_latency_before_answering() {
        long start = System.nanoTime();

        provider("latency", "60ms").complete(HELLO, context());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(55));
    }

    @Test
    void times_out_when_the_latency_exceeds_the_calls_timeout() {
        var mock = provider("latency", "10s");
        long start = System.nanoTime();

        assertThat(failureOf(() -> mock.stream(HELLO, context(Duration.ofMillis(50)))))
                .isInstanceOf(ProviderFailure.Timeout.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void fails_with_timeout_when_interrupted_while_waiting() throws Exception {
        var mock = provider("latency", "10s");
        var failures = new ArrayList<ProviderFailure>();
        Thread caller = Thread.ofVirtual().start(() -> failures.add(failureOf(() -> mock.complete(HELLO, context()))));
        Thread.sleep(50);

        caller.interrupt();
        caller.join(Duration.ofSeconds(5));

        assertThat(failures).singleElement().isInstanceOf(ProviderFailure.Timeout.class);
    }

    @Test
    void reports_itself_up_when_no_failure_is_set() {
        var health = provider().health(context());

        assertThat(health.up()).isTrue();
        assertThat(health.detail()).isNotBlank();
    }

    static ProviderFailure failureOf(Runnable call) {
        try {
            call.run();
        } catch (ProviderException e) {
            return e.failure();
        }
        throw new AssertionError("the call did not fail");
    }
}
