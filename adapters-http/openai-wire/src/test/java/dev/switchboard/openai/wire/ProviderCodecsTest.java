package dev.switchboard.openai.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.embedding.EmbeddingInput;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.model.ProviderId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Embeddings, models and legacy completions, as a provider adapter sends and reads them. */
class ProviderCodecsTest {

    private static final float[] VECTOR = {0.0023064255f, -0.009327292f, -0.0028842222f};

    @Test
    void writes_embedding_requests_for_each_input_shape_always_asking_for_floats() {
        var one = new EmbeddingRequest(
                "m", new EmbeddingInput.Texts(List.of("a")), 256, "u", Map.of("input_type", JsonValue.of("query")));
        var many = EmbeddingRequest.of("m", "a", "b");
        var tokens = new EmbeddingRequest(
                "m", new EmbeddingInput.Tokens(List.of(List.of(1, 2), List.of(3))), null, null, Map.of());

        assertThat(EmbeddingCodec.toNode(one))
                .isEqualTo(Golden.json("{\"model\":\"m\",\"input\":\"a\","
                        + "\"encoding_format\":\"float\",\"dimensions\":256,\"user\":\"u\",\"input_type\":\"query\"}"));
        assertThat(EmbeddingCodec.toNode(many).get("input").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(EmbeddingCodec.toNode(tokens).get("input").toString()).isEqualTo("[[1,2],[3]]");
    }

    @Test
    void reads_embeddings_as_floats_or_base64_into_the_same_vector() {
        var floats = EmbeddingCodec.read(Golden.bytes("embeddings-float.json"));
        var base64 = EmbeddingCodec.read(Golden.bytes("embeddings-base64.json"));

        assertThat(floats.data().getFirst().vector()).containsExactly(VECTOR);
        assertThat(base64.data().getFirst().vector()).containsExactly(VECTOR);
        assertThat(base64.model()).isEqualTo("text-embedding-3-small");
        assertThat(base64.usage().promptTokens()).isEqualTo(8);
    }

    @Test
    void refuses_embeddings_that_are_not_numbers_or_whole_float32_values() {
        var notNumbers = catchThrowableOfType(
                WireFormatException.class, () -> EmbeddingCodec.read(bytes("{\"data\":[{\"embedding\":[\"x\"]}]}")));
        var notBase64 = catchThrowableOfType(
                WireFormatException.class, () -> EmbeddingCodec.read(bytes("{\"data\":[{\"embedding\":\"***\"}]}")));
        var ragged = catchThrowableOfType(
                WireFormatException.class, () -> EmbeddingCodec.read(bytes("{\"data\":[{\"embedding\":\"AAA=\"}]}")));

        assertThat(notNumbers.param()).isEqualTo("data[0].embedding[0]");
        assertThat(notBase64.getMessage()).isEqualTo("data[0].embedding must be base64");
        assertThat(ragged.getMessage()).isEqualTo("data[0].embedding must hold whole float32 values");
    }

    @Test
    void reads_a_model_list_with_or_without_the_optional_fields() {
        var models = ModelListReader.read(
                bytes("{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o-mini\",\"object\":"
                        + "\"model\",\"created\":1686935002,\"owned_by\":\"openai\",\"shutdown_date\":null},"
                        + "{\"id\":\"meta-llama/Llama-3-70b\"}]}"),
                ProviderId.of("together"));

        assertThat(models)
                .extracting(model -> model.ref().qualified())
                .containsExactly("together/gpt-4o-mini", "together/meta-llama/Llama-3-70b");
        assertThat(models.getFirst().created()).isEqualTo(1686935002L);
        assertThat(models.get(1).ownedBy()).isEqualTo("together");
    }

    @Test
    void writes_and_reads_legacy_completions() {
        var sampling = new Sampling(0.0, null, 7, null, null, List.of("\n"), null, null, null, null);
        var request = new CompletionRequest(
                "gpt-3.5-turbo-instruct",
                List.of("Say this is a test"),
                sampling,
                1,
                true,
                "!",
                "u",
                Map.of("best_of", JsonValue.Num.of(2)));
        var two = new CompletionRequest("m", List.of("a", "b"), Sampling.DEFAULTS, null, null, null, null, Map.of());

        assertThat(Golden.json(WireJson.bytes(CompletionCodec.toNode(request, true))))
                .isEqualTo(Golden.json("{\"model\":\"gpt-3.5-turbo-instruct\","
                        + "\"prompt\":\"Say this is a test\",\"temperature\":0.0,\"max_tokens\":7,\"stop\":\"\\n\","
                        + "\"logprobs\":1,\"echo\":true,\"suffix\":\"!\",\"user\":\"u\",\"stream\":true,"
                        + "\"stream_options\":{\"include_usage\":true},\"best_of\":2}"));
        assertThat(CompletionCodec.toNode(two, false).get("prompt").toString()).isEqualTo("[\"a\",\"b\"]");
        var response = CompletionCodec.read(Golden.bytes("completion-response.json"));
        assertThat(response.choices().getFirst().finishReason()).isEqualTo(FinishReason.LENGTH);
        Golden.assertMatches(CompletionResponseWriter.write(response), "completion-response.json");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
