package dev.switchboard.domain.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddingTest {

    @Test
    void copies_the_vector_in_and_out() {
        float[] vector = {0.1f, 0.2f};
        var embedding = new Embedding(0, vector);

        vector[0] = 9f;
        embedding.vector()[1] = 9f;

        assertThat(embedding.vector()).containsExactly(0.1f, 0.2f);
        assertThat(embedding.dimensions()).isEqualTo(2);
    }

    @Test
    void compares_by_index_and_vector_content() {
        var embedding = new Embedding(1, new float[] {1f, 2f});

        assertThat(embedding).isEqualTo(new Embedding(1, new float[] {1f, 2f}));
        assertThat(embedding).hasSameHashCodeAs(new Embedding(1, new float[] {1f, 2f}));
        assertThat(embedding).isNotEqualTo(new Embedding(0, new float[] {1f, 2f}));
        assertThat(embedding).isNotEqualTo(new Embedding(1, new float[] {1f, 3f}));
        assertThat(embedding).isNotEqualTo("an embedding");
    }

    @Test
    void shows_its_size_not_its_numbers() {
        assertThat(new Embedding(3, new float[1536])).hasToString("Embedding[index=3, dimensions=1536]");
    }

    @Test
    void rejects_a_negative_index() {
        assertThatThrownBy(() -> new Embedding(-1, new float[] {1f}))
                .hasMessage("embedding index must not be negative");
    }

    @Test
    void texts_must_be_one_to_2048_non_empty_strings() {
        assertThat(new EmbeddingInput.Texts(List.of("a", "b")).size()).isEqualTo(2);
        assertThat(new EmbeddingInput.Texts(Collections.nCopies(2048, "a")).size())
                .isEqualTo(2048);
        assertThatThrownBy(() -> new EmbeddingInput.Texts(List.of())).hasMessage("input must not be empty");
        assertThatThrownBy(() -> new EmbeddingInput.Texts(Collections.nCopies(2049, "a")))
                .hasMessage("input takes at most 2048 items");
        assertThatThrownBy(() -> new EmbeddingInput.Texts(List.of("a", "")))
                .hasMessage("input must not contain empty strings");
    }

    @Test
    void token_arrays_must_be_one_to_2048_non_empty_arrays_and_are_copied() {
        var first = new ArrayList<>(List.of(1, 2));
        var tokens = new EmbeddingInput.Tokens(List.of(first, List.of(3)));

        first.add(99);

        assertThat(tokens.tokens()).containsExactly(List.of(1, 2), List.of(3));
        assertThat(tokens.size()).isEqualTo(2);
        assertThatThrownBy(() -> new EmbeddingInput.Tokens(List.of())).hasMessage("input must not be empty");
        assertThatThrownBy(() -> new EmbeddingInput.Tokens(Collections.nCopies(2049, List.of(1))))
                .hasMessage("input takes at most 2048 items");
        assertThatThrownBy(() -> new EmbeddingInput.Tokens(List.of(List.of(1), List.of())))
                .hasMessage("input must not contain empty token arrays");
    }

    @Test
    void a_request_checks_model_input_and_dimensions() {
        assertThatThrownBy(() -> EmbeddingRequest.of("", "a")).hasMessage("model must not be blank");
        assertThatThrownBy(() -> new EmbeddingRequest("m", null, null, null, Map.of()))
                .hasMessage("input");
        assertThatThrownBy(() -> new EmbeddingRequest("m", new EmbeddingInput.Texts(List.of("a")), 0, null, Map.of()))
                .hasMessage("dimensions must be at least 1");
    }

    @Test
    void with_model_keeps_everything_else() {
        var request = new EmbeddingRequest(
                "openai/te-3", new EmbeddingInput.Texts(List.of("a")), 256, "u", Map.of("x", JsonValue.NULL));

        assertThat(request.withModel("te-3").withModel("openai/te-3")).isEqualTo(request);
        assertThat(EmbeddingRequest.of("m", "a", "b").input().size()).isEqualTo(2);
    }

    @Test
    void a_response_copies_its_vectors() {
        var data = new ArrayList<>(List.of(new Embedding(0, new float[] {1f})));
        var response = new EmbeddingResponse("m", data, Usage.of(1, 0));

        data.clear();

        assertThat(response.data()).hasSize(1);
        assertThatThrownBy(() -> new EmbeddingResponse(null, List.of(), Usage.ZERO))
                .hasMessage("model");
        assertThatThrownBy(() -> new EmbeddingResponse("m", List.of(), null)).hasMessage("usage");
    }
}
