package dev.switchboard.bootstrap.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.switchboard.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns YAML (or JSON) text into a {@link JsonValue} tree; the only place that sees Jackson. A parse error is reported
 * by position alone: the parser's own message quotes the offending line, which may hold a secret.
 */
final class YamlTree {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private YamlTree() {}

    /** The mapping at the top of a configuration file; an empty file is an empty mapping. */
    static JsonValue.Obj mapping(String yaml, Problems problems) {
        try {
            JsonValue root = convert(YAML.readTree(yaml));
            if (root instanceof JsonValue.Obj obj) return obj;
            if (root instanceof JsonValue.Null) return JsonValue.emptyObject();
            problems.add("the configuration must be a mapping of sections");
        } catch (JsonProcessingException e) {
            problems.add("the configuration is not valid YAML" + where(e.getLocation()) + duplicate(e));
        }
        return JsonValue.emptyObject();
    }

    /** One JSON value, or empty when the text is not JSON. */
    static Optional<JsonValue> json(String text) {
        try {
            return Optional.of(convert(JSON.readTree(text)));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static JsonValue convert(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return JsonValue.NULL;
        if (node.isObject()) {
            var fields = new LinkedHashMap<String, JsonValue>();
            node.properties().forEach(field -> fields.put(field.getKey(), convert(field.getValue())));
            return new JsonValue.Obj(fields);
        }
        if (node.isArray()) {
            var items = new ArrayList<JsonValue>();
            node.forEach(item -> items.add(convert(item)));
            return new JsonValue.Arr(items);
        }
        if (node.isBoolean()) return new JsonValue.Bool(node.booleanValue());
        if (node.isNumber() && !(node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue()))) {
            return new JsonValue.Num(node.decimalValue());
        }
        return JsonValue.of(node.asText());
    }

    private static String where(@Nullable JsonLocation location) {
        if (location == null || location.getLineNr() < 1) return "";
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Jackson's duplicate-key message names only the key, which is safe to repeat. */
    private static String duplicate(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Duplicate field") ? ": " + message : "";
    }
}
