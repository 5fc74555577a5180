package dev.switchboard.adapters.providers.openai;

import static dev.switchboard.adapters.providers.testing.Contexts.map;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.json;
import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.MultipartParts;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.audio.TranscriptionRequest;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Azure OpenAI's URL shapes, deployments and error bodies. */
class AzureDialectTest {

    private StubUpstream stub;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private ModelProvider azure(Object... more) {
        var values = new java.util.ArrayList<Object>(List.of(
                "base_url",
                stub.base("").toString(),
                "deployments",
                map("gpt-4o", "prod-4o", "text-embedding-3-small", "embed small")));
        values.addAll(List.of(more));
        return new AzureProviderFactory().create(settings("azure", "azure", values.toArray()));
    }

    @Test
    void routes_a_model_to_its_configured_deployment_with_the_api_version() {
        stub.on(
                "/openai/deployments/prod-4o/chat/completions",
                json(200, resource("openai/responses/chat-azure.json")));

        var answer = azure("api_version", "2025-04-01-preview")
                .complete(ChatRequest.of("gpt-4o", Message.user("hi")), withKey());

        assertThat(stub.last().query()).isEqualTo("api-version=2025-04-01-preview");
        assertThat(answer.model()).isEqualTo("gpt-4.1-2025-04-14");
        assertThat(answer.message().content()).isEqualTo("Hello! It looks like");
        assertThat(answer.choices().getFirst().finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(answer.systemFingerprint()).isNull();
    }

    @Test
    void encodes_a_deployment_name_that_is_not_a_plain_path_segment() {
        stub.on(
                "/openai/deployments/embed small/embeddings",
                json(200, resource("openai/responses/embeddings-float.json")));

        azure().embed(EmbeddingRequest.of("text-embedding-3-small", "a"), withKey());

        assertThat(stub.last().path()).isEqualTo("/openai/deployments/embed small/embeddings");
    }

    @Test
    void sends_the_deployment_as_the_body_model_on_the_v1_path() {
        stub.on("/openai/v1/chat/completions", json(200, resource("openai/responses/chat-azure.json")));

        azure("api_style", "v1").complete(ChatRequest.of("gpt-4o", Message.user("hi")), withKey());

        assertThat(stub.last().text()).startsWith("{\"model\":\"prod-4o\"");
        assertThat(stub.last().query()).isNull();
    }

    @Test
    void lists_the_configured_deployments_without_asking_the_upstream() {
        var models = azure().models(withKey());

        assertThat(models)
                .extracting(model -> model.ref())
                .containsExactly(ModelRef.of("azure", "gpt-4o"), ModelRef.of("azure", "text-embedding-3-small"));
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void transcribes_through_the_deployment_path() {
        stub.on(
                "/openai/deployments/whisper/audio/transcriptions",
                json(200, resource("openai/responses/transcription.json")));
        var request = new TranscriptionRequest("whisper", new byte[] {7}, "a.m4a", null, null, null, null, List.of());

        var transcription = azure().transcriber().orElseThrow().transcribe(request, withKey());

        assertThat(transcription.text()).startsWith("Imagine");
        var parts = MultipartParts.byName(MultipartParts.parse(
                stub.last().header("Content-Type"), stub.last().body()));
        assertThat(parts.get("file").contentType()).isEqualTo("audio/mp4");
        assertThat(stub.last().header("api-key")).isNotNull();
    }

    @Test
    void a_prompt_blocked_by_the_content_filter_stays_a_client_error() {
        stub.on("/openai/deployments/prod-4o/chat/completions", json(400, """
                {"error":{"message":"The response was filtered due to the prompt triggering Azure OpenAI's content \
                management policy.","type":null,"param":"prompt","code":"content_filter","status":400,\
                "innererror":{"code":"ResponsibleAIPolicyViolation","content_filter_result":\
                {"jailbreak":{"filtered":true,"detected":true}}}}}"""));

        assertThatThrownBy(() -> azure().complete(ChatRequest.of("gpt-4o", Message.user("hi")), withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure())
                                .isEqualTo(new ProviderFailure.InvalidRequest(
                                        "The response was filtered due to the prompt triggering Azure OpenAI's content"
                                                + " management policy.",
                                        "prompt")));
    }

    @Test
    void an_unknown_deployment_is_a_model_not_found() {
        stub.on("/openai/deployments/nope/chat/completions", json(404, """
                {"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist."}}"""));

        assertThatThrownBy(() -> azure().complete(ChatRequest.of("nope", Message.user("hi")), withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.ModelNotFound.class));
    }

    @Test
    void a_rate_limit_with_a_string_code_keeps_retry_after_and_the_rate_limit_headers() {
        stub.on(
                "/openai/deployments/prod-4o/chat/completions",
                json(
                        429,
                        """
                {"error":{"code":"429","message":"Rate limit is exceeded. Try again in 2 seconds."}}""",
                        "retry-after",
                        "2",
                        "x-ratelimit-remaining-requests",
                        "7",
                        "x-ratelimit-remaining-tokens",
                        "0"));

        assertThatThrownBy(() -> azure().complete(ChatRequest.of("gpt-4o", Message.user("hi")), withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure())
                                .isEqualTo(new ProviderFailure.RateLimited(
                                        "Rate limit is exceeded. Try again in 2 seconds. (x-ratelimit-remaining-requests: 7,"
                                                + " x-ratelimit-remaining-tokens: 0)",
                                        Duration.ofSeconds(2),
                                        java.util.Map.of(
                                                "x-ratelimit-remaining-requests", "7",
                                                "x-ratelimit-remaining-tokens", "0"))));
    }
}
