package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.embedding.Embedding;
import dev.switchboard.domain.embedding.EmbeddingInput;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProvider;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CreateEmbeddingsTest {

    private static final RequestContext CONTEXT = RequestContext.of("req-1");

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final FakeModelProvider openai = factory.provider("openai");
    private final Gateway gateway = Setups.start(Setups.providers(factory, "openai"), factory);

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void returns_one_vector_per_input_from_the_provider_named() {
        var answer = gateway.embed(EmbeddingRequest.of("openai/text-embedding-3-small", "a", "b", "c"), CONTEXT);

        assertThat(answer.data()).extracting(Embedding::index).containsExactly(0, 1, 2);
        assertThat(openai.calls(FakeCall.Embed.class).getFirst().request().model())
                .isEqualTo("text-embedding-3-small");
    }

    @Test
    void estimates_the_usage_of_texts_when_the_provider_reported_none() {
        var answer = gateway.embed(EmbeddingRequest.of("openai/te", "Hello", "a longer text"), CONTEXT);

        // "Hello": 2 tokens; "a longer text" (13 characters): 4 tokens.
        assertThat(answer.usage()).isEqualTo(new Usage(6, 0, 0, 0, true));
    }

    @Test
    void counts_token_inputs_exactly() {
        var input = new EmbeddingInput.Tokens(List.of(List.of(1, 2, 3), List.of(4)));

        var answer = gateway.embed(new EmbeddingRequest("openai/te", input, null, null, Map.of()), CONTEXT);

        assertThat(answer.usage()).isEqualTo(new Usage(4, 0, 0, 0, false));
    }

    @Test
    void keeps_the_usage_the_provider_reported() {
        openai.embedWith(request ->
                new EmbeddingResponse(request.model(), List.of(new Embedding(0, new float[] {1f})), Usage.of(7, 0)));

        assertThat(gateway.embed(EmbeddingRequest.of("openai/te", "Hello"), CONTEXT)
                        .usage())
                .isEqualTo(Usage.of(7, 0));
    }

    @Test
    void a_wrong_number_of_vectors_is_a_malformed_response() {
        openai.embedWith(request ->
                new EmbeddingResponse(request.model(), List.of(new Embedding(0, new float[] {1f})), Usage.of(7, 0)));

        var thrown = catchThrowableOfType(
                ProviderException.class, () -> gateway.embed(EmbeddingRequest.of("openai/te", "a", "b"), CONTEXT));

        assertThat(thrown.failure())
                .isEqualTo(new ProviderFailure.MalformedResponse("the provider returned 1 embeddings for 2 inputs"));
    }
}
