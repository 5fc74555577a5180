package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * Converts between Jackson trees and the domain's {@link JsonValue}, exactly: numbers stay {@link BigDecimal} (no
 * rounding of large integers or long decimals) and objects keep their key order.
 */
public final class JsonValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {}

    /** The domain value for a Jackson node; a missing node counts as JSON null. */
    public static JsonValue fromNode(JsonNode node) {
        return switch (node.getNodeType()) {
            case NULL, MISSING -> JsonValue.NULL;
            case BOOLEAN -> new JsonValue.Bool(node.booleanValue());
            case NUMBER ->
                new JsonValue.Num(
                        node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue());
            case STRING -> new JsonValue.Str(node.textValue());
            case ARRAY -> {
                var items = new ArrayList<JsonValue>(node.size());
                node.forEach(item -> items.add(fromNode(item)));
                yield new JsonValue.Arr(items);
            }
            case OBJECT -> {
                var fields = new LinkedHashMap<String, JsonValue>();
                node.properties().forEach(field -> fields.put(field.getKey(), fromNode(field.getValue())));
                yield new JsonValue.Obj(fields);
            }
            case BINARY, POJO -> throw new IllegalStateException("a parsed JSON tree holds no binary or Java objects");
        };
    }

    /** The Jackson node for a domain value. Whole numbers become integer nodes, others exact decimal nodes. */
    public static JsonNode toNode(JsonValue value) {
        return switch (value) {
            case JsonValue.Null ignored -> NODES.nullNode();
            case JsonValue.Bool b -> NODES.booleanNode(b.value());
            case JsonValue.Num n -> number(n.value());
            case JsonValue.Str s -> NODES.textNode(s.value());
            case JsonValue.Arr a -> {
                ArrayNode array = NODES.arrayNode(a.items().size());
                a.items().forEach(item -> array.add(toNode(item)));
                yield array;
            }
            case JsonValue.Obj o -> {
                ObjectNode object = NODES.objectNode();
                o.fields().forEach((name, field) -> object.set(name, toNode(field)));
                yield object;
            }
        };
    }

    private static JsonNode number(BigDecimal value) {
        if (value.scale() != 0) return NODES.numberNode(value);
        try {
            return NODES.numberNode(value.longValueExact());
        } catch (ArithmeticException tooLarge) {
            return NODES.numberNode(value.toBigIntegerExact());
        }
    }
}
