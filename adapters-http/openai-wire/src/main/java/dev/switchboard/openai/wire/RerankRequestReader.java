package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.switchboard.domain.rerank.RerankRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code POST /rerank} body in Cohere's shape: {@code model}, {@code query}, {@code documents} (strings, or
 * objects with a {@code text} string as Cohere v1 and Jina also take), {@code top_n} and {@code return_documents}
 * (false unless given). Other fields ({@code max_tokens_per_doc}, {@code rank_fields}...) are ignored.
 */
public final class RerankRequestReader {

    private static final Set<String> PARAMS = Set.of("model", "query", "documents", "top_n");

    private RerankRequestReader() {}

    /**
     * Reads a rerank request body.
     *
     * @throws WireFormatException when the body is not JSON or does not follow the schema; the error names the field
     */
    public static RerankRequest read(byte[] body) {
        WireObject request = new WireObject(WireJson.parseObject(body, "request body"), "");
        String model = request.requiredString("model");
        String query = request.requiredString("query");
        List<String> documents = documents(request);
        Integer topN = request.optionalInt("top_n");
        Boolean returnDocuments = request.optionalBool("return_documents");
        return WireObject.construct(
                PARAMS, () -> new RerankRequest(model, query, documents, topN, Boolean.TRUE.equals(returnDocuments)));
    }

    private static List<String> documents(WireObject request) {
        ArrayNode array = request.requiredArray("documents");
        var documents = new ArrayList<String>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode document = array.get(i);
            if (document.isTextual()) {
                documents.add(document.textValue());
            } else if (document.isObject()) {
                documents.add(WireObject.of(document, "documents[" + i + "]").requiredString("text"));
            } else {
                throw request.invalid("documents[" + i + "]", "must be a string or an object with a text string");
            }
        }
        return documents;
    }
}
