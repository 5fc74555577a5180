package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One JSON object of a request being read, with its path ({@code messages[2]}), so that every error names the field it
 * is about. A field set to JSON null counts as absent, as OpenAI treats it.
 */
record WireObject(ObjectNode node, String path) {

    static WireObject of(JsonNode node, String path) {
        if (node instanceof ObjectNode object) return new WireObject(object, path);
        throw new WireFormatException(path + " must be an object", path);
    }

    /** The path of one of this object's fields. */
    String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    @Nullable
    JsonNode get(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    boolean has(String field) {
        return get(field) != null;
    }

    String requiredString(String field) {
        String value = optionalString(field);
        if (value == null) throw invalid(field, "is required");
        return value;
    }

    @Nullable
    String optionalString(String field) {
        JsonNode value = get(field);
        if (value == null) return null;
        if (!value.isTextual()) throw invalid(field, "must be a string");
        return value.textValue();
    }

    @Nullable
    Double optionalNumber(String field) {
        JsonNode value = get(field);
        if (value == null) return null;
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) throw invalid(field, "must be a number");
        return value.doubleValue();
    }

    @Nullable
    Integer optionalInt(String field) {
        JsonNode value = get(field);
        if (value == null) return null;
        if (!value.isIntegralNumber() || !value.canConvertToInt()) throw invalid(field, "must be an integer");
        return value.intValue();
    }

    @Nullable
    Long optionalLong(String field) {
        JsonNode value = get(field);
        if (value == null) return null;
        if (!value.isIntegralNumber() || !value.canConvertToLong()) throw invalid(field, "must be an integer");
        return value.longValue();
    }

    @Nullable
    Boolean optionalBool(String field) {
        JsonNode value = get(field);
        if (value == null) return null;
        if (!value.isBoolean()) throw invalid(field, "must be a boolean");
        return value.booleanValue();
    }

    @Nullable
    WireObject optionalObject(String field) {
        JsonNode value = get(field);
        return value == null ? null : of(value, at(field));
    }

    WireObject requiredObject(String field) {
        WireObject value = optionalObject(field);
        if (value == null) throw invalid(field, "is required");
        return value;
    }

    @Nullable
    ArrayNode optionalArray(String field) {
        JsonNode value = get(field);
        if (value == null) return null;
        if (!(value instanceof ArrayNode array)) throw invalid(field, "must be an array");
        return array;
    }

    ArrayNode requiredArray(String field) {
        ArrayNode value = optionalArray(field);
        if (value == null) throw invalid(field, "is required");
        return value;
    }

    /** The field as an untouched JSON value, or null when absent. */
    @Nullable
    JsonValue optionalJson(String field) {
        JsonNode value = get(field);
        return value == null ? null : JsonValues.fromNode(value);
    }

    /** The fields outside {@code known}, in request order, kept as they were (nulls included). */
    Map<String, JsonValue> unknownFields(Set<String> known) {
        var unknown = new LinkedHashMap<String, JsonValue>();
        node.properties().forEach(field -> {
            if (!known.contains(field.getKey())) unknown.put(field.getKey(), JsonValues.fromNode(field.getValue()));
        });
        return unknown;
    }

    /** An error about one of this object's fields: {@code "<path>.<field> <problem>"}. */
    WireFormatException invalid(String field, String problem) {
        return new WireFormatException(at(field) + " " + problem, at(field));
    }

    /** Builds a domain value, turning a constructor's complaint into a client error about {@code param}. */
    static <T> T construct(@Nullable String param, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new WireFormatException(e.getMessage() == null ? param + " is invalid" : e.getMessage(), param);
        }
    }

    /**
     * Builds a domain value whose constructor names the field first in its messages ({@code "temperature must be
     * between 0 and 2"}): the param is that first word when it is one of {@code fields}.
     */
    static <T> T construct(Set<String> fields, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "the request is invalid" : e.getMessage();
            String first = message.split(" ", 2)[0];
            throw new WireFormatException(message, fields.contains(first) ? first : null);
        }
    }
}
