package dev.switchboard.adapters.providers.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.embedding.Embedding;
import dev.switchboard.domain.embedding.EmbeddingInput;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeddings: one text as {@code :embedContent} ({@code {"content":{"parts":[{"text":...}]}}}), several as
 * {@code :batchEmbedContents}, whose every sub-request repeats the model's resource name, as the API requires.
 * {@code dimensions} is {@code outputDimensionality}; the extensions {@code task_type} and {@code title} are sent as
 * {@code taskType} and {@code title}. Token arrays are refused: Gemini embeds text only. The API reports no usage, so
 * none is returned and the gateway estimates it.
 */
final class GeminiEmbeddings {

    private GeminiEmbeddings() {}

    static List<String> texts(EmbeddingRequest request) {
        return switch (request.input()) {
            case EmbeddingInput.Texts texts -> texts.texts();
            case EmbeddingInput.Tokens ignored ->
                throw GeminiContents.invalid("input", "must be text for Gemini models");
        };
    }

    static ObjectNode body(EmbeddingRequest request, List<String> texts) {
        if (texts.size() == 1) return one(request, texts.getFirst(), false);
        ObjectNode body = ProviderJson.object();
        ArrayNode requests = body.putArray("requests");
        texts.forEach(text -> requests.add(one(request, text, true)));
        return body;
    }

    static EmbeddingResponse read(byte[] body, String model, int expected) {
        JsonNode answer = ProviderJson.tree(body, "embedding answer");
        var vectors = new ArrayList<JsonNode>();
        if (answer.path("embedding").isObject()) vectors.add(answer.path("embedding"));
        answer.path("embeddings").forEach(vectors::add);
        if (vectors.size() != expected)
            throw GeminiResponses.malformed("it holds " + vectors.size() + " embeddings for " + expected + " inputs");
        var data = new ArrayList<Embedding>(expected);
        for (int i = 0; i < expected; i++)
            data.add(new Embedding(i, values(vectors.get(i).path("values"))));
        return new EmbeddingResponse(model, data, Usage.ZERO);
    }

    private static ObjectNode one(EmbeddingRequest request, String text, boolean batched) {
        ObjectNode body = ProviderJson.object();
        if (batched) body.put("model", GeminiEndpoints.resource(request.model()));
        body.putObject("content").putArray("parts").addObject().put("text", text);
        if (request.dimensions() != null) body.put("outputDimensionality", request.dimensions());
        if (request.extensions().get("task_type") instanceof JsonValue.Str task) body.put("taskType", task.value());
        if (request.extensions().get("title") instanceof JsonValue.Str title) body.put("title", title.value());
        return body;
    }

    static float[] values(JsonNode values) {
        if (!values.isArray()) throw GeminiResponses.malformed("an embedding has no values");
        float[] vector = new float[values.size()];
        for (int i = 0; i < vector.length; i++) vector[i] = values.get(i).floatValue();
        return vector;
    }
}
