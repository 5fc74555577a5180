package dev.switchboard.adapters.providers.mock;

import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.embedding.Embedding;
import dev.switchboard.domain.embedding.EmbeddingInput;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic embeddings: each input's vector is drawn from a random generator seeded with a hash of the input, then
 * scaled to length 1. Equal inputs get equal vectors, run after run; different inputs almost never
 * do. The vectors carry no meaning.
 */
final class MockEmbeddings {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private MockEmbeddings() {}

    /** One vector per input, of the request's dimensions or else {@code defaultDimensions}; usage counts the input. */
    static EmbeddingResponse embed(EmbeddingRequest request, int defaultDimensions) {
        int dimensions = request.dimensions() != null ? request.dimensions() : defaultDimensions;
        List<String> inputs = texts(request.input());
        var data = new ArrayList<Embedding>();
        for (String input : inputs) data.add(new Embedding(data.size(), vector(input, dimensions)));
        int tokens = switch (request.input()) {
            case EmbeddingInput.Texts texts ->
                texts.texts().stream().mapToInt(MockText::tokens).sum();
            case EmbeddingInput.Tokens tokenArrays ->
                tokenArrays.tokens().stream().mapToInt(List::size).sum();
        };
        return new EmbeddingResponse(request.model(), data, Usage.of(tokens, 0));
    }

    /** A unit vector derived from the text alone. */
    static float[] vector(String text, int dimensions) {
        var random = new SplittableRandom(hash(text));
        double[] raw = new double[dimensions];
        double squares = 0;
        for (int i = 0; i < dimensions; i++) {
            raw[i] = random.nextDouble(-1.0, 1.0);
            squares += raw[i] * raw[i];
        }
        double norm = squares == 0 ? 1 : Math.sqrt(squares);
        float[] vector = new float[dimensions];
        for (int i = 0; i < dimensions; i++) vector[i] = (float) (raw[i] / norm);
        return vector;
    }

    private static List<String> texts(EmbeddingInput input) {
        return switch (input) {
            case EmbeddingInput.Texts texts -> texts.texts();
            case EmbeddingInput.Tokens tokens ->
                tokens.tokens().stream().map(List::toString).toList();
        };
    }

    /** FNV-1a over the UTF-8 bytes: fixed by its specification, unlike {@code Object.hashCode} in general. */
    private static long hash(String text) {
        long hash = FNV_OFFSET;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }
}
