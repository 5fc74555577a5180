package dev.switchboard.adapters.providers.bedrock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.embedding.EmbeddingInput;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Embeddings through InvokeModel, the model list from the control plane, and the health check. */
class BedrockCatalogTest {

    private final StubUpstream stub = StubUpstream.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void titan_v2_embeds_one_text_per_call_with_dimensions_and_normalize() {
        stub.on(
                "/model/amazon.titan-embed-text-v2:0/invoke",
                BedrockWire.json("{\"embedding\":[0.25,-0.5,1.0],\"inputTextTokenCount\":3}"));
        var request = new EmbeddingRequest(
                "amazon.titan-embed-text-v2:0",
                new EmbeddingInput.Texts(List.of("hello", "world")),
                256,
                null,
                Map.of());

        var response = BedrockWire.provider(stub).embed(request, BedrockWire.withKeys());

        assertThat(stub.requests()).hasSize(2);
        JsonNode first = ProviderJson.tree(stub.requests().get(0).body(), "request");
        assertThat(first.toString()).isEqualTo("{\"inputText\":\"hello\",\"dimensions\":256,\"normalize\":true}");
        assertThat(ProviderJson.tree(stub.requests().get(1).body(), "request")
                        .path("inputText")
                        .asText())
                .isEqualTo("world");
        assertThat(response.data()).hasSize(2);
        assertThat(response.data().get(1).index()).isEqualTo(1);
        assertThat(response.data().get(0).vector()).containsExactly(0.25f, -0.5f, 1.0f);
        assertThat(response.usage().promptTokens()).isEqualTo(6);
    }

    @Test
    void titan_v1_takes_only_the_text() {
        stub.on(
                "/model/amazon.titan-embed-text-v1/invoke",
                BedrockWire.json("{\"embedding\":[1.0],\"inputTextTokenCount\":1}"));

        BedrockWire.provider(stub)
                .embed(EmbeddingRequest.of("amazon.titan-embed-text-v1", "hi"), BedrockWire.withKeys());

        assertThat(stub.last().text()).isEqualTo("{\"inputText\":\"hi\"}");
    }

    @Test
    void cohere_embeds_a_batch_with_its_input_type_and_reads_the_token_count_header() {
        stub.on("/model/cohere.embed-english-v3/invoke", exchange -> {
            byte[] body = "{\"embeddings\":[[0.1,0.2],[0.3,0.4]],\"id\":\"e1\",\"texts\":[\"a\",\"b\"]}".getBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("X-Amzn-Bedrock-Input-Token-Count", "7");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        });
        var request = new EmbeddingRequest(
                "cohere.embed-english-v3",
                new EmbeddingInput.Texts(List.of("a", "b")),
                null,
                null,
                Map.of("input_type", JsonValue.of("search_query")));

        var response = BedrockWire.provider(stub).embed(request, BedrockWire.withKeys());

        assertThat(stub.requests()).hasSize(1);
        assertThat(stub.last().text()).isEqualTo("{\"input_type\":\"search_query\",\"texts\":[\"a\",\"b\"]}");
        assertThat(response.data()).extracting(e -> e.vector()[1]).containsExactly(0.2f, 0.4f);
        assertThat(response.usage().promptTokens()).isEqualTo(7);
    }

    @Test
    void other_models_and_token_input_are_refused_without_a_call() {
        var provider = BedrockWire.provider(stub);

        assertThatThrownBy(() -> provider.embed(
                        EmbeddingRequest.of("meta.llama3-8b-instruct-v1:0", "x"), BedrockWire.withKeys()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.InvalidRequest.class));
        var tokens = new EmbeddingRequest(
                "amazon.titan-embed-text-v2:0",
                new EmbeddingInput.Tokens(List.of(List.of(1, 2))),
                null,
                null,
                Map.of());
        assertThatThrownBy(() -> provider.embed(tokens, BedrockWire.withKeys())).isInstanceOf(ProviderException.class);
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void lists_on_demand_models_and_inference_profiles_with_their_capabilities() {
        stub.on("/foundation-models", BedrockWire.json(Replies.resource("bedrock/foundation-models.json")));
        stub.on("/inference-profiles", BedrockWire.json(Replies.resource("bedrock/inference-profiles.json")));

        List<ModelDescriptor> models = BedrockWire.provider(stub).models(BedrockWire.withKeys());

        assertThat(models)
                .extracting(m -> m.ref().model())
                .containsExactly(
                        "anthropic.claude-3-5-sonnet-20240620-v1:0",
                        "amazon.titan-embed-text-v2:0",
                        "us.anthropic.claude-sonnet-4-20250514-v1:0");
        assertThat(models.get(0).capabilities())
                .containsExactlyInAnyOrder(Capability.CHAT, Capability.STREAMING, Capability.VISION, Capability.TOOLS);
        assertThat(models.get(0).displayName()).isEqualTo("Claude 3.5 Sonnet");
        assertThat(models.get(0).ownedBy()).isEqualTo("anthropic");
        assertThat(models.get(1).capabilities()).containsExactly(Capability.EMBEDDINGS);
        assertThat(models.get(2).capabilities()).contains(Capability.REASONING, Capability.TOOLS, Capability.STREAMING);
        assertThat(models.get(2).displayName()).isEqualTo("US Anthropic Claude Sonnet 4");
        assertThat(stub.requests())
                .allSatisfy(r -> assertThat(r.header("Authorization")).contains("/us-east-1/bedrock/aws4_request"));
    }

    @Test
    void a_credential_that_may_not_list_profiles_still_gets_the_foundation_models() {
        stub.on("/foundation-models", BedrockWire.json(Replies.resource("bedrock/foundation-models.json")));
        stub.on("/inference-profiles", BedrockWire.error(403, "AccessDeniedException", "not authorized"));

        assertThat(BedrockWire.provider(stub).models(BedrockWire.withKeys())).hasSize(2);
    }

    @Test
    void health_is_up_when_the_model_list_answers_and_down_with_the_reason_otherwise() {
        stub.on("/foundation-models", BedrockWire.json("{\"modelSummaries\":[]}"));
        var provider = BedrockWire.provider(stub);
        assertThat(provider.health(BedrockWire.withKeys()).up()).isTrue();

        stub.on(
                "/foundation-models",
                BedrockWire.error(403, "UnrecognizedClientException", "The security token is invalid."));
        var health = provider.health(BedrockWire.withKeys());
        assertThat(health.up()).isFalse();
        assertThat(health.detail()).isEqualTo("The security token is invalid.");
    }
}
