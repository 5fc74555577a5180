package dev.switchboard.domain.rerank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.chat.Usage;
import java.util.List;
import org.junit.jupiter.api.Test;

class RerankRequestTest {

    private static final List<String> DOCS = List.of("Paris is in France", "Berlin is in Germany");

    @Test
    void checks_model_query_documents_and_top_n() {
        assertThatThrownBy(() -> new RerankRequest("", "q", DOCS, null, false)).hasMessage("model must not be blank");
        assertThatThrownBy(() -> new RerankRequest("m", " ", DOCS, null, false)).hasMessage("query must not be blank");
        assertThatThrownBy(() -> new RerankRequest("m", "q", List.of(), null, false))
                .hasMessage("documents must not be empty");
        assertThatThrownBy(() -> new RerankRequest("m", "q", DOCS, 0, false)).hasMessage("top_n must be at least 1");
        assertThat(new RerankRequest("m", "q", DOCS, 1, true).topN()).isEqualTo(1);
    }

    @Test
    void with_model_keeps_everything_else() {
        var request = new RerankRequest("cohere/rerank-v3.5", "capital of France", DOCS, 1, true);

        assertThat(request.withModel("rerank-v3.5").withModel("cohere/rerank-v3.5"))
                .isEqualTo(request);
    }

    @Test
    void a_response_checks_its_parts() {
        var result = new RerankResponse.Result(0, 0.98, "Paris is in France");

        assertThat(new RerankResponse("m", List.of(result), Usage.ZERO).results())
                .containsExactly(result);
        assertThatThrownBy(() -> new RerankResponse.Result(-1, 0.5, null))
                .hasMessage("result index must not be negative");
        assertThatThrownBy(() -> new RerankResponse(null, List.of(), Usage.ZERO))
                .hasMessage("model");
        assertThatThrownBy(() -> new RerankResponse("m", List.of(), null)).hasMessage("usage");
    }
}
