package dev.switchboard.adapters.providers.openai;

import static dev.switchboard.adapters.providers.testing.Contexts.anonymous;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.json;
import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Servers that speak OpenAI's format: optional keys, the older token limit name, their own error bodies. */
class CompatibleDialectTest {

    private StubUpstream stub;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private ModelProvider compatible(Object... more) {
        var values = new java.util.ArrayList<Object>(
                List.of("base_url", stub.base("/v1").toString()));
        values.addAll(List.of(more));
        return new OpenAiCompatibleProviderFactory().create(settings("local", "openai-compatible", values.toArray()));
    }

    @Test
    void sends_no_key_for_a_keyless_server_and_the_older_limit_name_when_configured() {
        stub.on("/v1/chat/completions", json(200, resource("openai/responses/chat-text.json")));
        var sampling = new Sampling(null, null, 64, null, null, List.of(), null, null, null, null);

        compatible("max_tokens_field", "max_tokens")
                .complete(
                        ChatRequest.builder("llama")
                                .message(Message.user("hi"))
                                .sampling(sampling)
                                .build(),
                        anonymous());

        var body = ProviderJson.tree(stub.last().body(), "request");
        assertThat(stub.last().header("Authorization")).isNull();
        assertThat(body.get("max_tokens").intValue()).isEqualTo(64);
        assertThat(body.has("max_completion_tokens")).isFalse();
    }

    @Test
    void a_context_overflow_in_a_flat_error_body_is_context_length_exceeded() {
        stub.on("/v1/chat/completions", json(400, """
                {"object":"error","message":"This model's maximum context length is 4096 tokens. However, you \
                requested 5000 tokens.","type":"BadRequestError","param":null,"code":400}"""));

        assertThatThrownBy(() -> compatible().complete(ChatRequest.of("llama", Message.user("hi")), withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.ContextLengthExceeded.class));
    }

    @Test
    void a_route_the_server_lacks_stays_a_client_error() {
        stub.on("/v1/embeddings", json(404, "{\"detail\":\"Not Found\"}"));

        assertThatThrownBy(() ->
                        compatible().embed(dev.switchboard.domain.embedding.EmbeddingRequest.of("e5", "x"), withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isEqualTo(new ProviderFailure.InvalidRequest("Not Found", null)));
    }

    @Test
    void a_body_that_is_not_json_leaves_only_the_status_to_go_by() {
        stub.on(
                "/v1/chat/completions",
                dev.switchboard.adapters.providers.testing.Replies.text(502, "text/html", "<html>Bad gateway</html>"));

        assertThatThrownBy(() -> compatible().complete(ChatRequest.of("llama", Message.user("hi")), withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure())
                                .isEqualTo(new ProviderFailure.Unavailable(502, "the upstream answered HTTP 502")));
    }

    @Test
    void offers_a_transcriber_and_a_reranker() {
        var provider = compatible();

        assertThat(provider.transcriber()).isPresent();
        assertThat(provider.reranker()).isPresent();
    }
}
