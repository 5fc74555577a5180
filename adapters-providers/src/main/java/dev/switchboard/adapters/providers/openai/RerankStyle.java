package dev.switchboard.adapters.providers.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.Failures;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.rerank.RerankRequest;
import dev.switchboard.domain.rerank.RerankResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The two rerank shapes compatible servers speak. Cohere's (vLLM, Jina, Infinity): {@code top_n} in, {@code results}
 * out, a returned document as {@code {"text":...}}. Voyage's: {@code top_k} in, {@code data} out, a returned document
 * as a plain string. Both give each result's original {@code index} and its {@code relevance_score}.
 */
enum RerankStyle {
    COHERE("top_n", "results"),
    VOYAGE("top_k", "data");

    private final String limitField;
    private final String resultsField;

    RerankStyle(String limitField, String resultsField) {
        this.limitField = limitField;
        this.resultsField = resultsField;
    }

    ObjectNode request(RerankRequest request, String model) {
        ObjectNode body = ProviderJson.object().put("model", model).put("query", request.query());
        request.documents().forEach(body.putArray("documents")::add);
        if (request.topN() != null) body.put(limitField, request.topN());
        body.put("return_documents", request.returnDocuments());
        return body;
    }

    /**
     * The ranked results, most relevant first. A document is given back only when the request asked for it, from the
     * request itself when the server did not return it.
     */
    RerankResponse read(byte[] body, RerankRequest request) {
        JsonNode root = ProviderJson.tree(body, "rerank answer");
        JsonNode results = root.get(resultsField);
        if (results == null || !results.isArray()) throw malformed(resultsField + " is missing");
        var ranked = new ArrayList<RerankResponse.Result>(results.size());
        for (JsonNode result : results) ranked.add(result(result, request));
        ranked.sort(Comparator.comparingDouble(RerankResponse.Result::relevanceScore)
                .reversed());
        String model = root.path("model").isTextual() ? root.get("model").textValue() : request.model();
        return new RerankResponse(model, ranked, Usage.of(tokens(root), 0));
    }

    private static RerankResponse.Result result(JsonNode result, RerankRequest request) {
        JsonNode index = result.get("index");
        JsonNode score = result.get("relevance_score");
        if (index == null || !index.canConvertToInt() || score == null || !score.isNumber()) {
            throw malformed("a result lacks its index or relevance_score");
        }
        int position = index.intValue();
        if (position < 0 || position >= request.documents().size()) {
            throw malformed("a result's index " + position + " names no document of the request");
        }
        String document = request.returnDocuments() ? document(result.get("document"), request, position) : null;
        return new RerankResponse.Result(position, score.doubleValue(), document);
    }

    private static String document(@Nullable JsonNode returned, RerankRequest request, int position) {
        if (returned != null && returned.isTextual()) return returned.textValue();
        if (returned != null && returned.path("text").isTextual())
            return returned.get("text").textValue();
        return request.documents().get(position);
    }

    /** Tokens the server reports: {@code usage.total_tokens} (Jina, Voyage, vLLM) or Cohere's meta tokens. */
    private static int tokens(JsonNode root) {
        List<JsonNode> candidates = List.of(
                root.path("usage").path("total_tokens"),
                root.path("usage").path("prompt_tokens"),
                root.path("meta").path("tokens").path("input_tokens"));
        return candidates.stream()
                .filter(JsonNode::canConvertToInt)
                .mapToInt(JsonNode::intValue)
                .filter(count -> count >= 0)
                .findFirst()
                .orElse(0);
    }

    private static ProviderException malformed(String what) {
        return new ProviderException(Failures.malformed(what));
    }
}
