package dev.switchboard.adapters.providers.openai;

import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.json;
import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.provider.Reranker;
import dev.switchboard.domain.rerank.RerankRequest;
import dev.switchboard.domain.rerank.RerankResponse.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rerank in both shapes compatible servers speak: Cohere's ({@code top_n}, results) and Voyage's (top_k, data). */
class RerankTest {

    private static final List<String> DOCUMENTS = List.of("zero", "one", "two", "three", "four");

    private StubUpstream stub;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private Reranker reranker(String... more) {
        var values = new ArrayList<Object>(List.of("base_url", stub.base("/v1").toString()));
        values.addAll(List.of(more));
        return new OpenAiCompatibleProviderFactory()
                .create(settings("vllm", "openai-compatible", values.toArray()))
                .reranker()
                .orElseThrow();
    }

    @Test
    void sends_the_cohere_shape_and_reads_results_most_relevant_first() {
        stub.on("/v1/rerank", json(200, resource("openai/responses/rerank-cohere.json")));

        var answer = reranker().rerank(new RerankRequest("bge-reranker", "capital?", DOCUMENTS, 3, false), withKey());

        assertThat(ProviderJson.tree(stub.last().body(), "request"))
                .isEqualTo(ProviderJson.tree("""
                        {"model":"bge-reranker","query":"capital?","documents":["zero","one","two","three","four"],\
                        "top_n":3,"return_documents":false}""".getBytes(java.nio.charset.StandardCharsets.UTF_8), "golden"));
        assertThat(answer.results())
                .containsExactly(
                        new Result(3, 0.999071, null), new Result(4, 0.7867867, null), new Result(0, 0.32713068, null));
        assertThat(answer.model()).isEqualTo("bge-reranker");
        assertThat(stub.last().header("Authorization"))
                .isEqualTo("Bearer " + dev.switchboard.adapters.providers.testing.Contexts.KEY);
    }

    @Test
    void returns_documents_when_asked_sorting_an_unsorted_answer() {
        stub.on("/v1/rerank", json(200, resource("openai/responses/rerank-jina.json")));

        var answer = reranker().rerank(new RerankRequest("jina", "skin care", DOCUMENTS, null, true), withKey());

        assertThat(answer.results())
                .containsExactly(
                        new Result(0, 0.8783142566680908, "Organic skincare"),
                        new Result(2, 0.762467586994171, "Bio-Hautpflege"));
        assertThat(answer.usage()).isEqualTo(Usage.of(815, 0));
        assertThat(answer.model()).isEqualTo("jina-reranker-v2-base-multilingual");
        assertThat(stub.last().text()).doesNotContain("top_n");
    }

    @Test
    void sends_the_voyage_shape_to_the_configured_path_and_reads_data() {
        stub.on("/v1/voyage/rerank", json(200, resource("openai/responses/rerank-voyage.json")));

        var answer = reranker("rerank_style", "voyage", "rerank_path", "/voyage/rerank")
                .rerank(
                        new RerankRequest("rerank-2.5", "rain", List.of("sunny", "rainy day in the city"), 1, true),
                        withKey());

        var body = ProviderJson.tree(stub.last().body(), "request");
        assertThat(body.get("top_k").intValue()).isEqualTo(1);
        assertThat(body.has("top_n")).isFalse();
        assertThat(answer.results()).containsExactly(new Result(1, 0.78125, "rainy day in the city"));
        assertThat(answer.usage().promptTokens()).isEqualTo(18);
    }

    @Test
    void fills_in_a_requested_document_the_server_left_out() {
        stub.on("/v1/rerank", json(200, "{\"results\":[{\"index\":1,\"relevance_score\":0.5}]}"));

        var answer = reranker().rerank(new RerankRequest("m", "q", DOCUMENTS, null, true), withKey());

        assertThat(answer.results()).containsExactly(new Result(1, 0.5, "one"));
        assertThat(answer.usage()).isEqualTo(Usage.ZERO);
    }

    @Test
    void an_answer_that_names_no_document_of_the_request_is_malformed() {
        for (String body : List.of(
                "{\"results\":[{\"index\":9,\"relevance_score\":0.5}]}",
                "{\"results\":[{\"index\":1}]}",
                "{\"data\":[]}")) {
            stub.on("/v1/rerank", json(200, body));

            assertThatThrownBy(() -> reranker().rerank(new RerankRequest("m", "q", DOCUMENTS, null, false), withKey()))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.MalformedResponse.class));
        }
    }
}
