package dev.switchboard.adapters.providers.gemini;

import static dev.switchboard.adapters.providers.gemini.GeminiRequestGoldenTest.json;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.embedding.EmbeddingInput;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The paged model list, health and embeddings against a loopback Gemini. */
class GeminiModelsTest {

    static final String PAGE_1 = """
            {"models":[
              {"name":"models/gemini-2.5-flash","version":"001","displayName":"Gemini 2.5 Flash",
               "inputTokenLimit":1048576,"outputTokenLimit":65536,"thinking":true,
               "supportedGenerationMethods":["generateContent","countTokens","createCachedContent"]},
              {"name":"models/imagen-4.0-generate-001","supportedGenerationMethods":["predict"]}],
             "nextPageToken":"Chxtb2RlbHMvZ2VtaW5pLTIuNS1mbGFzaA=="}
            """;
    static final String PAGE_2 = """
            {"models":[
              {"name":"models/gemini-embedding-001","displayName":"Gemini Embedding 001","inputTokenLimit":2048,
               "outputTokenLimit":1,"supportedGenerationMethods":["embedContent","countTextTokens"]},
              {"name":"models/gemma-3-27b-it","inputTokenLimit":131072,"outputTokenLimit":8192,
               "supportedGenerationMethods":["generateContent","countTokens"]}]}
            """;

    private StubUpstream stub;
    private ModelProvider gemini;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        gemini = new GeminiProviderFactory()
                .create(settings("gemini", "gemini", "base_url", stub.base("").toString()));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void follows_next_page_token_and_reports_real_limits_and_capabilities() {
        stub.on("/v1beta/models", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            boolean second = query.contains("pageToken=Chxtb2RlbHMvZ2VtaW5pLTIuNS1mbGFzaA%3D%3D");
            dev.switchboard.adapters.providers.testing.Replies.json(200, second ? PAGE_2 : PAGE_1)
                    .send(exchange);
        });

        List<ModelDescriptor> models = gemini.models(withKey());

        assertThat(models)
                .extracting(model -> model.ref().model())
                .containsExactly("gemini-2.5-flash", "gemini-embedding-001", "gemma-3-27b-it");
        var flash = models.getFirst();
        assertThat(flash.contextWindow()).isEqualTo(1_048_576);
        assertThat(flash.maxOutputTokens()).isEqualTo(65_536);
        assertThat(flash.displayName()).isEqualTo("Gemini 2.5 Flash");
        assertThat(flash.capabilities())
                .containsExactlyInAnyOrder(
                        Capability.CHAT,
                        Capability.STREAMING,
                        Capability.TOOLS,
                        Capability.PARALLEL_TOOL_CALLS,
                        Capability.VISION,
                        Capability.JSON_MODE,
                        Capability.STRUCTURED_OUTPUT,
                        Capability.REASONING);
        assertThat(models.get(1).capabilities()).containsExactly(Capability.EMBEDDINGS);
        assertThat(models.get(1).maxOutputTokens()).isNull();
        assertThat(models.get(2).capabilities()).containsExactlyInAnyOrder(Capability.CHAT, Capability.STREAMING);
        assertThat(stub.requests())
                .extracting(request -> request.query())
                .containsExactly("pageSize=1000", "pageSize=1000&pageToken=Chxtb2RlbHMvZ2VtaW5pLTIuNS1mbGFzaA%3D%3D");
    }

    @Test
    void is_healthy_when_the_model_list_answers_and_down_with_the_reason_otherwise() {
        stub.on("/v1beta/models", dev.switchboard.adapters.providers.testing.Replies.json(200, PAGE_2));
        assertThat(gemini.health(withKey()).up()).isTrue();
        assertThat(stub.last().query()).isEqualTo("pageSize=1");

        stub.on(
                "/v1beta/models",
                dev.switchboard.adapters.providers.testing.Replies.json(
                        403, "{\"error\":{\"code\":403,\"message\":\"denied\",\"status\":\"PERMISSION_DENIED\"}}"));
        var health = gemini.health(withKey());
        assertThat(health.up()).isFalse();
        assertThat(health.detail()).isEqualTo("denied");
    }

    @Test
    void embeds_one_text_with_embed_content() {
        stub.on(
                "/v1beta/models/gemini-embedding-001:embedContent",
                dev.switchboard.adapters.providers.testing.Replies.json(
                        200, "{\"embedding\":{\"values\":[0.5,-0.25]}}"));
        var request = new EmbeddingRequest(
                "gemini-embedding-001",
                new EmbeddingInput.Texts(List.of("Hello")),
                768,
                null,
                Map.of("task_type", JsonValue.of("RETRIEVAL_QUERY")));

        var response = gemini.embed(request, withKey());

        assertThat(response.data().getFirst().vector()).containsExactly(0.5f, -0.25f);
        assertThat(json(stub.last().text())).isEqualTo(json("""
                {"content":{"parts":[{"text":"Hello"}]},"outputDimensionality":768,"taskType":"RETRIEVAL_QUERY"}
                """));
    }

    @Test
    void embeds_several_texts_with_batch_embed_contents_repeating_the_model() {
        stub.on(
                "/v1beta/models/gemini-embedding-001:batchEmbedContents",
                dev.switchboard.adapters.providers.testing.Replies.json(
                        200, "{\"embeddings\":[{\"values\":[1]},{\"values\":[2]}]}"));

        var response = gemini.embed(EmbeddingRequest.of("gemini-embedding-001", "sky", "grass"), withKey());

        assertThat(response.data()).extracting(e -> e.vector()[0]).containsExactly(1f, 2f);
        assertThat(json(stub.last().text())).isEqualTo(json("""
                {"requests":[
                  {"model":"models/gemini-embedding-001","content":{"parts":[{"text":"sky"}]}},
                  {"model":"models/gemini-embedding-001","content":{"parts":[{"text":"grass"}]}}]}
                """));
    }

    @Test
    void refuses_token_input_and_a_count_of_vectors_that_does_not_match() {
        var tokens = new EmbeddingRequest(
                "gemini-embedding-001", new EmbeddingInput.Tokens(List.of(List.of(1, 2))), null, null, Map.of());
        assertThatThrownBy(() -> gemini.embed(tokens, withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.InvalidRequest.class));

        stub.on(
                "/v1beta/models/gemini-embedding-001:batchEmbedContents",
                dev.switchboard.adapters.providers.testing.Replies.json(200, "{\"embeddings\":[{\"values\":[1]}]}"));
        assertThatThrownBy(() -> gemini.embed(EmbeddingRequest.of("gemini-embedding-001", "a", "b"), withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.MalformedResponse.class));
    }

    @Test
    void refuses_a_model_name_that_is_not_one() {
        assertThatThrownBy(() -> gemini.complete(
                        dev.switchboard.domain.chat.ChatRequest.of(
                                "../admin?x", dev.switchboard.domain.chat.Message.user("hi")),
                        withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.InvalidRequest.class));
        assertThat(stub.requests()).isEmpty();
    }
}
