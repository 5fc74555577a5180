package dev.switchboard.adapters.providers.bedrock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each documented Bedrock error, as the service sends it, and the failure the gateway makes of it. */
class BedrockErrorTableTest {

    private static final StubUpstream STUB = StubUpstream.start();

    @AfterAll
    static void stop() {
        STUB.close();
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            429 | ThrottlingException                | RateLimited           | Too many requests, please wait before trying again.
            400 | ServiceQuotaExceededException      | RateLimited           | Your request exceeds the service quota for your account.
            403 | AccessDeniedException              | Forbidden             | You don't have access to the model with the specified model ID.
            400 | ValidationException                | InvalidRequest        | The provided model identifier is invalid.
            400 | ValidationException                | ContextLengthExceeded | Input is too long for requested model.
            404 | ResourceNotFoundException          | ModelNotFound         | Model not found.
            429 | ModelNotReadyException             | Unavailable           | Model is not ready for inference.
            503 | ServiceUnavailableException        | Unavailable           | Service is unavailable.
            408 | ModelTimeoutException              | Timeout               | Model has timed out in processing the request.
            424 | ModelErrorException                | Unavailable           | The model failed.
            500 | InternalServerException            | Unavailable           | Internal server error.
            403 | UnrecognizedClientException        | Unauthorized          | The security token included in the request is invalid.
            403 | ExpiredTokenException              | Unauthorized          | The security token included in the request is expired
            403 | InvalidSignatureException          | Unauthorized          | The request signature we calculated does not match the signature you provided.
            """)
    void maps_each_bedrock_error_to_its_failure_without_naming_aws_internals(
            int status, String type, String failure, String message) {
        STUB.on(BedrockWire.CONVERSE, BedrockWire.error(status, type, message));

        assertThatThrownBy(() -> BedrockWire.provider(STUB).complete(request(), BedrockWire.withKeys()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure().getClass().getSimpleName()).isEqualTo(failure);
                    assertThat(e.failure().message())
                            .contains(message)
                            .doesNotContain("39c52d8a")
                            .doesNotContain("Exception")
                            .doesNotContain("Service: BedrockRuntime");
                });
    }

    @Test
    void model_not_ready_is_unavailable_503_so_the_gateway_fails_over() {
        STUB.on(BedrockWire.CONVERSE, BedrockWire.error(429, "ModelNotReadyException", "Model is not ready."));

        assertThatThrownBy(() -> BedrockWire.provider(STUB).complete(request(), BedrockWire.withKeys()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure())
                                .isEqualTo(new ProviderFailure.Unavailable(
                                        503, "Bedrock is unavailable: Model is not ready.")));
    }

    @Test
    void a_refused_connection_is_a_network_failure() throws Exception {
        int port;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        var provider = new BedrockProvider(new BedrockSettings(
                dev.switchboard.domain.model.ProviderId.of("bedrock"),
                "us-east-1",
                java.net.URI.create("http://127.0.0.1:" + port),
                java.net.URI.create("http://127.0.0.1:" + port),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5)));

        assertThatThrownBy(() -> provider.complete(request(), BedrockWire.withKeys()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.Network.class));
        assertThatThrownBy(() -> provider.stream(request(), BedrockWire.withKeys()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.Network.class));
    }

    @Test
    void an_upstream_slower_than_the_call_timeout_is_a_timeout() {
        STUB.on(BedrockWire.CONVERSE, exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        var context = new dev.switchboard.domain.provider.CallContext(
                dev.switchboard.domain.auth.Credential.apiKey("aws-main", BedrockWire.KEYS),
                "req-1",
                Duration.ofMillis(500));

        assertThatThrownBy(() -> BedrockWire.provider(STUB).complete(request(), context))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.Timeout.class));
    }

    private static ChatRequest request() {
        return ChatRequest.of(BedrockWire.MODEL, Message.user("hi"));
    }
}
