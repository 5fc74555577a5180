package dev.switchboard.adapters.providers.bedrock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.document.Document;

/**
 * JSON to the SDK's {@link Document} (tool schemas, tool input, model-specific fields) and back. Numbers keep their
 * exact decimal value both ways.
 */
final class BedrockDocuments {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private BedrockDocuments() {}

    static Document of(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> {
                var fields = new LinkedHashMap<String, Document>();
                node.properties().forEach(field -> fields.put(field.getKey(), of(field.getValue())));
                yield Document.fromMap(fields);
            }
            case ARRAY -> {
                var items = new ArrayList<Document>(node.size());
                node.forEach(item -> items.add(of(item)));
                yield Document.fromList(items);
            }
            case STRING -> Document.fromString(node.textValue());
            case NUMBER -> Document.fromNumber(node.decimalValue());
            case BOOLEAN -> Document.fromBoolean(node.booleanValue());
            default -> Document.fromNull();
        };
    }

    /** JSON text as a document; null when the text is not JSON. */
    static @Nullable Document parse(String json) {
        try {
            JsonNode node = ProviderJson.MAPPER.readTree(json);
            return node == null || node.isMissingNode() ? null : of(node);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static JsonNode node(@Nullable Document document) {
        if (document == null || document.isNull()) return NODES.nullNode();
        if (document.isMap()) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<String, Document> field : document.asMap().entrySet()) {
                object.set(field.getKey(), node(field.getValue()));
            }
            return object;
        }
        if (document.isList()) {
            ArrayNode array = NODES.arrayNode();
            document.asList().forEach(item -> array.add(node(item)));
            return array;
        }
        if (document.isString()) return NODES.textNode(document.asString());
        if (document.isNumber()) return NODES.numberNode(document.asNumber().bigDecimalValue());
        return NODES.booleanNode(document.asBoolean());
    }

    /** The document as JSON text, as OpenAI's tool call arguments are. */
    static String json(@Nullable Document document) {
        return node(document).toString();
    }
}
