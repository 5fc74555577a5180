package dev.switchboard.adapters.providers.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.embedding.Embedding;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.embedding.EmbeddingResponse;
import dev.switchboard.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeddings on Vertex AI, through the publisher model's {@code :predict}: each text is an instance
 * ({@code {"content": ..., "task_type"?: ..., "title"?: ...}}, the extensions {@code task_type} and {@code title}),
 * and {@code parameters} carries {@code outputDimensionality} from {@code dimensions} and {@code autoTruncate} from the
 * extension {@code auto_truncate}. Each prediction holds {@code embeddings.values} and
 * {@code embeddings.statistics.token_count}, whose sum is the prompt's usage. Vertex AI takes one instance per request
 * for {@code gemini-embedding-*} models, so their inputs go one request each; other models take them all at once.
 * See https://cloud.google.com/vertex-ai/generative-ai/docs/model-reference/text-embeddings-api.
 */
final class GeminiVertexEmbeddings {

    /** The vectors and token count of one {@code :predict} answer. */
    record Part(List<float[]> vectors, int tokens) {}

    private GeminiVertexEmbeddings() {}

    /** The texts grouped as the model takes them per request. */
    static List<List<String>> batches(String model, List<String> texts) {
        String name = model.substring(model.lastIndexOf('/') + 1);
        if (!name.startsWith("gemini-embedding")) return List.of(texts);
        return texts.stream().map(List::of).toList();
    }

    static ObjectNode body(EmbeddingRequest request, List<String> texts) {
        ObjectNode body = ProviderJson.object();
        ArrayNode instances = body.putArray("instances");
        for (String text : texts) {
            ObjectNode instance = instances.addObject().put("content", text);
            if (request.extensions().get("task_type") instanceof JsonValue.Str task)
                instance.put("task_type", task.value());
            if (request.extensions().get("title") instanceof JsonValue.Str title) instance.put("title", title.value());
        }
        ObjectNode parameters = ProviderJson.object();
        if (request.dimensions() != null) parameters.put("outputDimensionality", request.dimensions());
        if (request.extensions().get("auto_truncate") instanceof JsonValue.Bool truncate)
            parameters.put("autoTruncate", truncate.value());
        if (!parameters.isEmpty()) body.set("parameters", parameters);
        return body;
    }

    static Part read(byte[] body, int expected) {
        JsonNode predictions = ProviderJson.tree(body, "embedding answer").path("predictions");
        if (predictions.size() != expected)
            throw GeminiResponses.malformed(
                    "it holds " + predictions.size() + " predictions for " + expected + " inputs");
        var vectors = new ArrayList<float[]>(expected);
        int tokens = 0;
        for (JsonNode prediction : predictions) {
            JsonNode embeddings = prediction.path("embeddings");
            vectors.add(GeminiEmbeddings.values(embeddings.path("values")));
            JsonNode statistics = embeddings.path("statistics");
            // The REST reference spells it tokenCount; the answers (and Google's SDKs) say token_count, a float.
            JsonNode count =
                    statistics.has("token_count") ? statistics.get("token_count") : statistics.path("tokenCount");
            tokens += (int) Math.round(count.asDouble(0));
        }
        return new Part(vectors, tokens);
    }

    /** The parts' vectors in input order, and their token counts as the prompt's usage. */
    static EmbeddingResponse response(String model, List<Part> parts) {
        var data = new ArrayList<Embedding>();
        int tokens = 0;
        for (Part part : parts) {
            part.vectors().forEach(vector -> data.add(new Embedding(data.size(), vector)));
            tokens += part.tokens();
        }
        return new EmbeddingResponse(model, data, Usage.of(tokens, 0));
    }
}
