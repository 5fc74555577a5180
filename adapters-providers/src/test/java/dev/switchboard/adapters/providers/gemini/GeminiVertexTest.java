package dev.switchboard.adapters.providers.gemini;

import static dev.switchboard.adapters.providers.gemini.GeminiRequestGoldenTest.json;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Replies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.embedding.EmbeddingInput;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Vertex AI: embeddings through the publisher model's {@code :predict}, and the configured model list's facts. */
class GeminiVertexTest {

    private static final String MODELS = "/v1/projects/my-project/locations/us-central1/publishers/google/models/";

    private StubUpstream stub;
    private ModelProvider vertex;
    private CallContext context;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        stub.on("/token", json(200, "{\"access_token\":\"ya29.v\",\"expires_in\":3600,\"token_type\":\"Bearer\"}"));
        var models = new JsonValue.Arr(List.of(
                JsonValue.of("gemini-2.5-flash"),
                JsonValue.of("gemini-embedding-001"),
                JsonValue.of("text-embedding-005"),
                JsonValue.of("my-tuned-model")));
        vertex = new GeminiProviderFactory()
                .create(settings(
                        "vertex", "gemini", "base_url", stub.base("").toString(), "vertex", "true", "models", models));
        context = new CallContext(
                Credential.apiKey(
                        "sa", GeminiOAuthTest.serviceAccount(stub.base("/token").toString())),
                "req-9",
                Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void embeds_all_texts_in_one_predict_call_with_the_parameters_and_counts_their_tokens() {
        stub.on(MODELS + "text-embedding-005:predict", json(200, """
                {"predictions":[
                  {"embeddings":{"statistics":{"truncated":false,"token_count":6},"values":[0.5,-0.25]}},
                  {"embeddings":{"statistics":{"truncated":true,"token_count":4.0},"values":[1,2]}}],
                 "metadata":{"billableCharacterCount":8}}
                """));
        var request = new EmbeddingRequest(
                "text-embedding-005",
                new EmbeddingInput.Texts(List.of("sky", "grass")),
                256,
                null,
                Map.of(
                        "task_type", JsonValue.of("RETRIEVAL_DOCUMENT"),
                        "title", JsonValue.of("Colours"),
                        "auto_truncate", new JsonValue.Bool(false)));

        var response = vertex.embed(request, context);

        assertThat(response.data()).extracting(e -> e.index()).containsExactly(0, 1);
        assertThat(response.data().get(0).vector()).containsExactly(0.5f, -0.25f);
        assertThat(response.data().get(1).vector()).containsExactly(1f, 2f);
        assertThat(response.usage()).isEqualTo(Usage.of(10, 0));
        assertThat(stub.last().header("authorization")).isEqualTo("Bearer ya29.v");
        assertThat(json(stub.last().text())).isEqualTo(json("""
                {"instances":[
                  {"content":"sky","task_type":"RETRIEVAL_DOCUMENT","title":"Colours"},
                  {"content":"grass","task_type":"RETRIEVAL_DOCUMENT","title":"Colours"}],
                 "parameters":{"outputDimensionality":256,"autoTruncate":false}}
                """));
    }

    @Test
    void sends_gemini_embedding_inputs_one_per_request_as_vertex_takes_them() {
        stub.on(MODELS + "gemini-embedding-001:predict", exchange -> {
            String text = new String(StubUpstream.body(exchange), java.nio.charset.StandardCharsets.UTF_8);
            float value = text.contains("\"sky\"") ? 1f : 2f;
            json(
                            200,
                            "{\"predictions\":[{\"embeddings\":{\"statistics\":{\"token_count\":3},\"values\":[%s]}}]}"
                                    .formatted(value))
                    .send(exchange);
        });

        var response = vertex.embed(EmbeddingRequest.of("gemini-embedding-001", "sky", "grass"), context);

        assertThat(response.data()).extracting(e -> e.vector()[0]).containsExactly(1f, 2f);
        assertThat(response.data()).extracting(e -> e.index()).containsExactly(0, 1);
        assertThat(response.usage()).isEqualTo(Usage.of(6, 0));
        var calls = stub.requests().stream()
                .filter(r -> r.path().endsWith(":predict"))
                .map(r -> json(r.text()))
                .toList();
        assertThat(calls)
                .containsExactly(
                        json("{\"instances\":[{\"content\":\"sky\"}]}"),
                        json("{\"instances\":[{\"content\":\"grass\"}]}"));
    }

    @Test
    void refuses_an_answer_whose_predictions_do_not_match_the_inputs() {
        stub.on(MODELS + "text-embedding-005:predict", json(200, "{\"predictions\":[]}"));

        assertThatThrownBy(() -> vertex.embed(EmbeddingRequest.of("text-embedding-005", "a"), context))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.MalformedResponse.class));
    }

    @Test
    void lists_the_configured_models_with_the_capability_tables_facts_without_calling() {
        List<ModelDescriptor> models = vertex.models(context);

        assertThat(models)
                .extracting(m -> m.ref().model())
                .containsExactly("gemini-2.5-flash", "gemini-embedding-001", "text-embedding-005", "my-tuned-model");
        var flash = models.get(0);
        assertThat(flash.capabilities())
                .contains(Capability.CHAT, Capability.STREAMING, Capability.TOOLS, Capability.VISION)
                .contains(Capability.REASONING, Capability.AUDIO_INPUT, Capability.STRUCTURED_OUTPUT);
        assertThat(flash.contextWindow()).isEqualTo(1_048_576);
        assertThat(flash.maxOutputTokens()).isEqualTo(65_536);
        var embedding = models.get(1);
        assertThat(embedding.capabilities()).containsExactly(Capability.EMBEDDINGS);
        assertThat(embedding.contextWindow()).isEqualTo(2048);
        assertThat(embedding.dimensions()).isEqualTo(3072);
        assertThat(embedding.maxOutputTokens()).isNull();
        assertThat(models.get(2).capabilities()).containsExactly(Capability.EMBEDDINGS);
        assertThat(models.get(2).contextWindow()).isNull();
        assertThat(models.get(3).capabilities()).containsExactlyInAnyOrder(Capability.CHAT, Capability.STREAMING);
        assertThat(stub.requests()).isEmpty();
    }
}
