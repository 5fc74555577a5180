package dev.switchboard.adapters.providers.openai;

import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.json;
import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cerebras: reasoning in {@code reasoning}, flat errors, windowed rate-limit headers, no embeddings or audio. */
class CerebrasDialectTest {

    private static final ChatRequest HELLO = ChatRequest.of("gpt-oss-120b", Message.user("Hello"));

    private StubUpstream stub;
    private ModelProvider cerebras;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        cerebras = new CerebrasProviderFactory(
                        Map.of("CEREBRAS_BASE_URL", stub.base("/v1").toString())::get)
                .create(settings("cerebras", "cerebras"));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void takes_its_base_url_from_the_environment_when_the_configuration_names_none() {
        stub.on("/v1/chat/completions", json(200, resource("openai/responses/chat-cerebras.json")));

        var answer = cerebras.complete(HELLO, withKey());

        assertThat(stub.requests()).hasSize(1);
        assertThat(answer.message().reasoning()).isEqualTo("The user is asking for a simple greeting to the world.");
        assertThat(answer.message().content()).isEqualTo("Hello! How can I assist you today?");
    }

    @Test
    void a_flat_rate_limit_body_waits_for_the_exhausted_windows_reset() {
        stub.on(
                "/v1/chat/completions",
                json(
                        429,
                        """
                {"message":"Tokens per minute limit exceeded - too many tokens processed.",\
                "type":"too_many_tokens_error","param":"quota","code":"token_quota_exceeded"}""",
                        "x-ratelimit-limit-tokens-minute",
                        "60000",
                        "x-ratelimit-remaining-tokens-minute",
                        "0",
                        "x-ratelimit-reset-tokens-minute",
                        "7.5",
                        "x-ratelimit-remaining-requests-day",
                        "14000",
                        "x-ratelimit-reset-requests-day",
                        "33011.2"));

        assertThatThrownBy(() -> cerebras.complete(HELLO, withKey()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    var limited = (ProviderFailure.RateLimited) e.failure();
                    assertThat(limited.retryAfter()).isEqualTo(Duration.ofMillis(7500));
                    assertThat(limited.message())
                            .startsWith("Tokens per minute limit exceeded - too many tokens processed.")
                            .contains("x-ratelimit-remaining-tokens-minute: 0");
                });
    }

    @Test
    void a_flat_not_found_body_is_a_model_not_found() {
        stub.on("/v1/chat/completions", json(404, """
                {"message":"Model does not exist or you do not have access to it.","type":"not_found_error",\
                "param":"model","code":"model_not_found"}"""));

        assertThatThrownBy(() -> cerebras.complete(HELLO, withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure())
                                .isEqualTo(new ProviderFailure.ModelNotFound(
                                        "Model does not exist or you do not have access to it.")));
    }

    @Test
    void refuses_embeddings_and_audio_without_calling_the_upstream() {
        assertThatThrownBy(() -> cerebras.embed(EmbeddingRequest.of("any", "text"), withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure())
                                .isEqualTo(new ProviderFailure.InvalidRequest(
                                        "provider cerebras does not offer embeddings", "model")));
        assertThat(cerebras.transcriber()).isEmpty();
        assertThat(cerebras.reranker()).isEmpty();
        assertThat(stub.requests()).isEmpty();
    }
}
