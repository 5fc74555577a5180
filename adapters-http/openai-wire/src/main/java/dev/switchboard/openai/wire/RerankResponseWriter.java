package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.rerank.RerankResponse;

/**
 * Writes a rerank answer in the shape that Jina, vLLM and Cohere v1 share, which Cohere v2's SDK also reads (it takes
 * {@code id} and {@code results[].index}/{@code relevance_score}, and ignores the rest):
 *
 * <pre>{@code
 * {"id": "rerank-...", "model": "...",
 *  "results": [{"index": 3, "relevance_score": 0.99, "document": {"text": "..."}}],
 *  "usage": {"prompt_tokens": 815, "total_tokens": 815}}
 * }</pre>
 *
 * {@code document} appears only on results that carry one (when the request asked for documents). {@code usage} is
 * Jina's and vLLM's {@code total_tokens}, with {@code prompt_tokens} as OpenAI-style clients expect; Cohere's
 * {@code meta.billed_units} is not written, as search units are a Cohere price unit, not a count.
 */
public final class RerankResponseWriter {

    private RerankResponseWriter() {}

    /** The answer as UTF-8 JSON, results in the answer's order, under the given response id. */
    public static byte[] write(RerankResponse response, String id) {
        ObjectNode node = WireJson.object().put("id", id).put("model", response.model());
        ArrayNode results = node.putArray("results");
        for (RerankResponse.Result result : response.results()) {
            ObjectNode item =
                    results.addObject().put("index", result.index()).put("relevance_score", result.relevanceScore());
            String document = result.document();
            if (document != null) item.putObject("document").put("text", document);
        }
        node.set("usage", UsageJson.writeEmbedding(response.usage()));
        return WireJson.bytes(node);
    }
}
