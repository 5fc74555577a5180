package dev.switchboard.adapters.providers.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.Failures;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.embedding.Embedding;
import dev.switchboard.domain.embedding.EmbeddingInput;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.provider.ProviderException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Embeddings through {@code InvokeModel}, in each model family's own body, chosen by the model id. Titan
 * (<a href="https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-embed-text.html">Titan</a>)
 * embeds one text per call: {@code inputText}, and on v2 {@code dimensions} and {@code normalize: true}, since OpenAI's
 * vectors are normalized. Cohere
 * (<a href="https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-embed.html">Cohere Embed</a>) takes
 * up to {@value #COHERE_BATCH} {@code texts} per call with an {@code input_type}: the extra field {@code input_type},
 * else {@code search_document}. Token counts come from Titan's {@code inputTextTokenCount} or the
 * {@code X-Amzn-Bedrock-Input-Token-Count} header.
 */
final class BedrockEmbeddings {

    static final int COHERE_BATCH = 96;

    /** One InvokeModel answer: the body and the input token count Bedrock reported (0 when none). */
    record Answer(byte[] body, int inputTokens) {}

    private BedrockEmbeddings() {}

    static EmbeddingResponse embed(EmbeddingRequest request, Function<byte[], Answer> invoke) {
        if (!(request.input() instanceof EmbeddingInput.Texts(List<String> texts))) {
            throw BedrockMessages.invalid("input", "must be text: Bedrock's embedding models do not take token ids");
        }
        String model = request.model();
        if (model.contains("amazon.titan-embed")) return titan(request, texts, invoke);
        if (model.contains("cohere.embed")) return cohere(request, texts, invoke);
        throw BedrockMessages.invalid(
                "model", "is not a Titan (amazon.titan-embed-*) or Cohere (cohere.embed-*) embedding model");
    }

    private static EmbeddingResponse titan(
            EmbeddingRequest request, List<String> texts, Function<byte[], Answer> invoke) {
        boolean v2 = !request.model().contains("titan-embed-text-v1")
                && !request.model().contains("titan-embed-image-v1");
        var vectors = new ArrayList<Embedding>();
        int tokens = 0;
        for (String text : texts) {
            ObjectNode body = ProviderJson.object().put("inputText", text);
            if (v2 && request.dimensions() != null) body.put("dimensions", request.dimensions());
            if (v2) body.put("normalize", true);
            Answer answer = invoke.apply(ProviderJson.bytes(body));
            JsonNode json = ProviderJson.tree(answer.body(), "embedding answer");
            vectors.add(new Embedding(vectors.size(), vector(json.path("embedding"))));
            tokens += json.path("inputTextTokenCount").asInt(answer.inputTokens());
        }
        return new EmbeddingResponse(request.model(), vectors, Usage.of(tokens, 0));
    }

    private static EmbeddingResponse cohere(
            EmbeddingRequest request, List<String> texts, Function<byte[], Answer> invoke) {
        String inputType = request.extensions().get("input_type") instanceof JsonValue.Str(String value)
                ? value
                : "search_document";
        var vectors = new ArrayList<Embedding>();
        int tokens = 0;
        for (int from = 0; from < texts.size(); from += COHERE_BATCH) {
            ObjectNode body = ProviderJson.object().put("input_type", inputType);
            ArrayNode batch = body.putArray("texts");
            texts.subList(from, Math.min(texts.size(), from + COHERE_BATCH)).forEach(batch::add);
            Answer answer = invoke.apply(ProviderJson.bytes(body));
            JsonNode embeddings =
                    ProviderJson.tree(answer.body(), "embedding answer").path("embeddings");
            // Without embedding_types the answer is a list of vectors; with them, an object of lists by type.
            if (embeddings.isObject()) embeddings = embeddings.path("float");
            if (!embeddings.isArray() || embeddings.size() != batch.size())
                throw malformed("embeddings must hold one vector per text");
            for (JsonNode vector : embeddings) vectors.add(new Embedding(vectors.size(), vector(vector)));
            tokens += answer.inputTokens();
        }
        return new EmbeddingResponse(request.model(), vectors, Usage.of(tokens, 0));
    }

    private static float[] vector(JsonNode values) {
        if (!values.isArray() || values.isEmpty()) throw malformed("embedding must be a list of numbers");
        float[] vector = new float[values.size()];
        for (int i = 0; i < vector.length; i++) {
            if (!values.get(i).isNumber()) throw malformed("embedding must be a list of numbers");
            vector[i] = values.get(i).floatValue();
        }
        return vector;
    }

    private static ProviderException malformed(String what) {
        return new ProviderException(Failures.malformed(what));
    }
}
