package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProvider;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.fixtures.Replies;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.rerank.RerankRequest;
import dev.switchboard.domain.rerank.RerankResponse;
import dev.switchboard.domain.rerank.RerankResponse.Result;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RerankTest {

    private static final RequestContext CONTEXT = RequestContext.of("req-1");
    private static final List<String> DOCUMENTS = List.of("Carson City", "Saipan", "Washington, D.C.");

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final FakeModelProvider vllm = factory.provider("vllm").rerankWith(Replies::ranking);
    private final FakeModelProvider openai = factory.provider("openai");
    private final Gateway gateway = Setups.start(Setups.providers(factory, "vllm", "openai"), factory);

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void ranks_through_the_provider_named_with_its_own_model_name() {
        var answer = gateway.rerank(request("vllm/bge-reranker", null, false), CONTEXT);

        assertThat(answer.model()).isEqualTo("bge-reranker");
        assertThat(answer.results())
                .containsExactly(new Result(0, 1.0, null), new Result(1, 0.5, null), new Result(2, 1.0 / 3, null));
        assertThat(vllm.calls(FakeCall.Rerank.class)).singleElement().satisfies(call -> {
            assertThat(call.request()).isEqualTo(request("bge-reranker", null, false));
            assertThat(call.context().requestId()).isEqualTo("req-1");
        });
    }

    @Test
    void routes_by_the_path_on_a_provider_route() {
        gateway.rerank(request("bge-reranker", null, false), RequestContext.forProvider("r", ProviderId.of("vllm")));

        assertThat(vllm.calls(FakeCall.Rerank.class)).hasSize(1);
    }

    @Test
    void orders_by_relevance_and_keeps_top_n_when_the_provider_ignored_it() {
        vllm.rerankWith((request, call) -> answer(Usage.of(30, 0), result(0, 0.1), result(2, 0.9), result(1, 0.5)));

        var answer = gateway.rerank(request("vllm/r", 2, false), CONTEXT);

        assertThat(answer.results()).containsExactly(new Result(2, 0.9, null), new Result(1, 0.5, null));
        assertThat(answer.usage()).isEqualTo(Usage.of(30, 0));
    }

    @Test
    void repeats_each_document_exactly_when_asked() {
        vllm.rerankWith((request, call) -> answer(Usage.ZERO, new Result(2, 0.9, "stale"), result(0, 0.2)));

        var withDocuments = gateway.rerank(request("vllm/r", null, true), CONTEXT);
        var without = gateway.rerank(request("vllm/r", null, false), CONTEXT);

        assertThat(withDocuments.results())
                .containsExactly(new Result(2, 0.9, "Washington, D.C."), new Result(0, 0.2, "Carson City"));
        assertThat(without.results()).extracting(Result::document).containsOnlyNulls();
    }

    @Test
    void estimates_usage_from_the_query_paired_with_each_document_when_none_was_reported() {
        var answer = gateway.rerank(request("vllm/r", null, false), CONTEXT);

        // query "capital" = 2 tokens; documents 11, 6 and 16 characters = 3, 2 and 4 tokens.
        assertThat(answer.usage()).isEqualTo(new Usage(2 * 3 + 3 + 2 + 4, 0, 0, 0, true));
    }

    @Test
    void an_index_beyond_the_documents_is_a_malformed_response() {
        vllm.rerankWith((request, call) -> answer(Usage.ZERO, result(3, 0.9)));

        assertThat(failure(request("vllm/r", null, false)))
                .isEqualTo(new ProviderFailure.MalformedResponse(
                        "the provider ranked document 3 of 3 (indexes start at 0)"));
    }

    @Test
    void a_document_ranked_twice_is_a_malformed_response() {
        vllm.rerankWith((request, call) -> answer(Usage.ZERO, result(1, 0.9), result(1, 0.8)));

        assertThat(failure(request("vllm/r", null, false)))
                .isEqualTo(new ProviderFailure.MalformedResponse("the provider ranked document 1 twice"));
    }

    @Test
    void refuses_a_provider_without_reranking_as_an_invalid_model() {
        assertThat(failure(request("openai/rerank", null, false)))
                .isEqualTo(new ProviderFailure.InvalidRequest("provider openai does not offer reranking", "model"));
        assertThat(openai.calls()).isEmpty();
    }

    @Test
    void reports_an_unknown_model_and_upstream_failures() {
        var unavailable = new ProviderException(new ProviderFailure.Unavailable(503, "down"));
        vllm.failWith(unavailable);

        assertThat(failure(request("nowhere/r", null, false))).isInstanceOf(ProviderFailure.ModelNotFound.class);
        assertThat(failure(request("vllm/r", null, false))).isEqualTo(unavailable.failure());
    }

    private ProviderFailure failure(RerankRequest request) {
        return catchThrowableOfType(ProviderException.class, () -> gateway.rerank(request, CONTEXT))
                .failure();
    }

    private static RerankRequest request(String model, Integer topN, boolean returnDocuments) {
        return new RerankRequest(model, "capital", DOCUMENTS, topN, returnDocuments);
    }

    private static RerankResponse answer(Usage usage, Result... results) {
        return new RerankResponse("r", List.of(results), usage);
    }

    private static Result result(int index, double score) {
        return new Result(index, score, null);
    }
}
