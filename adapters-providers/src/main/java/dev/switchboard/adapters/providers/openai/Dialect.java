package dev.switchboard.adapters.providers.openai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.model.ProviderId;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What sets one member of the OpenAI family apart from another: where its operations live, how it takes its key,
 * which operations it offers and its small quirks. Everything else is the OpenAI format, read and written by the
 * shared wire codec.
 *
 * @param headers static headers sent with every request ({@code OpenAI-Organization}, configured extras)
 * @param operations what the server offers; the others fail with {@code InvalidRequest} without a call
 * @param fixedModels the models to list without asking the server (Azure's configured deployments); empty to ask
 * @param maxTokensField the name the output limit travels under: {@code max_completion_tokens} or {@code max_tokens}
 * @param rerank how the server reranks, or null when it does not
 * @param connectTimeout how long opening a connection may take
 */
record Dialect(
        ProviderId id,
        Endpoints endpoints,
        Auth auth,
        Map<String, String> headers,
        Set<Operation> operations,
        List<String> fixedModels,
        String maxTokensField,
        @Nullable Rerank rerank,
        Duration connectTimeout) {

    static final String MAX_COMPLETION_TOKENS = "max_completion_tokens";

    Dialect {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(endpoints, "endpoints");
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        operations = operations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(operations));
        fixedModels = List.copyOf(fixedModels);
    }

    /**
     * How a server reranks.
     *
     * @param path the path below the base URL, without a leading slash
     */
    record Rerank(RerankStyle style, String path) {}

    boolean offers(Operation operation) {
        return operations.contains(operation);
    }

    /** A chat body as this server wants it: the model it knows, the output limit under the name it reads. */
    ObjectNode chatBody(ObjectNode body) {
        withModel(body);
        if (!maxTokensField.equals(MAX_COMPLETION_TOKENS) && body.has(MAX_COMPLETION_TOKENS)) {
            body.set(maxTokensField, body.remove(MAX_COMPLETION_TOKENS));
        }
        return body;
    }

    /** Any other body, with the model the server knows. */
    ObjectNode withModel(ObjectNode body) {
        if (body.hasNonNull("model"))
            body.put("model", endpoints.wireModel(body.get("model").asText()));
        return body;
    }
}
