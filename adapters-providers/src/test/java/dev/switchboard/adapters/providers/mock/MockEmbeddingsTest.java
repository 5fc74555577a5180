package dev.switchboard.adapters.providers.mock;

import static dev.switchboard.adapters.providers.mock.MockSetup.context;
import static dev.switchboard.adapters.providers.mock.MockSetup.provider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.embedding.Embedding;
import dev.switchboard.domain.embedding.EmbeddingInput;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MockEmbeddingsTest {

    @Test
    void gives_one_unit_vector_of_eight_dimensions_per_input_in_order() {
        var response = provider().embed(EmbeddingRequest.of("embed", "first text", "second"), context());

        assertThat(response.model()).isEqualTo("embed");
        assertThat(response.data()).extracting(Embedding::index).containsExactly(0, 1);
        assertThat(response.data()).allSatisfy(embedding -> {
            assertThat(embedding.dimensions()).isEqualTo(8);
            assertThat(length(embedding.vector())).isCloseTo(1.0, within(1e-5));
        });
        assertThat(response.usage()).isEqualTo(Usage.of(3, 0));
    }

    @Test
    void gives_equal_vectors_for_equal_texts_and_different_ones_otherwise() {
        var first = provider().embed(EmbeddingRequest.of("embed", "same", "other"), context());
        var second = provider().embed(EmbeddingRequest.of("embed", "same"), context());

        assertThat(second.data().getFirst().vector())
                .isEqualTo(first.data().getFirst().vector());
        assertThat(first.data().get(1).vector())
                .isNotEqualTo(first.data().getFirst().vector());
    }

    @Test
    void uses_the_dimensions_the_request_asks_for_else_the_configured_ones() {
        var asked = new EmbeddingRequest("embed", new EmbeddingInput.Texts(List.of("x")), 3, null, Map.of());

        assertThat(provider().embed(asked, context()).data().getFirst().dimensions())
                .isEqualTo(3);
        assertThat(provider("dimensions", "16")
                        .embed(EmbeddingRequest.of("embed", "x"), context())
                        .data()
                        .getFirst()
                        .dimensions())
                .isEqualTo(16);
    }

    @Test
    void embeds_token_arrays_and_counts_their_tokens() {
        var tokens = new EmbeddingInput.Tokens(List.of(List.of(1, 2, 3), List.of(4)));
        var request = new EmbeddingRequest("embed", tokens, null, null, Map.of());

        var response = provider().embed(request, context());

        assertThat(response.data()).hasSize(2);
        assertThat(response.usage()).isEqualTo(Usage.of(4, 0));
        assertThat(length(response.data().get(1).vector())).isCloseTo(1.0, within(1e-5));
    }

    private static double length(float[] vector) {
        double squares = 0;
        for (float value : vector) squares += value * value;
        return Math.sqrt(squares);
    }
}
