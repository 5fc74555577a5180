package dev.switchboard.adapters.providers.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A JSON Schema reduced to the OpenAPI subset Gemini's {@code Schema} takes
 * (<a href="https://ai.google.dev/api/caching#Schema">Schema</a>), for function parameters and {@code responseSchema}.
 * The API refuses keywords outside the subset, so none is sent:
 * <ul>
 *   <li>kept: {@code type} (upper case), {@code description}, {@code title}, {@code enum} (of strings),
 *       {@code properties}, {@code required} (only names that are properties), {@code items}, {@code anyOf},
 *       {@code nullable}, {@code minItems}, {@code maxItems}, {@code minLength}, {@code maxLength}, {@code pattern},
 *       {@code minimum}, {@code maximum}, {@code minProperties}, {@code maxProperties}, {@code default},
 *       {@code example}, {@code propertyOrdering}, and {@code format} where the API knows it;</li>
 *   <li>translated: {@code $ref} to {@code $defs} or {@code definitions} is inlined (a reference back into itself
 *       becomes a plain object); {@code "type": ["string", "null"]} and {@code anyOf} with {@code null} become
 *       {@code nullable}; {@code oneOf} becomes {@code anyOf}; {@code allOf} is merged; a string {@code const}
 *       becomes a one-value {@code enum}; a missing {@code type} is read from {@code properties}, {@code items} or
 *       {@code enum};</li>
 *   <li>dropped: every other keyword, such as {@code additionalProperties}, {@code $schema}, {@code $id},
 *       {@code $defs}, {@code examples}, {@code not}, {@code if}, {@code patternProperties}, {@code uniqueItems},
 *       {@code exclusiveMinimum}, {@code multipleOf}, a non-string {@code enum} or {@code const}, and an empty
 *       {@code properties} object (the API refuses one).</li>
 * </ul>
 */
final class GeminiSchema {

    private static final Set<String> COPIED = Set.of(
            "description",
            "title",
            "nullable",
            "minItems",
            "maxItems",
            "minLength",
            "maxLength",
            "pattern",
            "minimum",
            "maximum",
            "minProperties",
            "maxProperties",
            "default",
            "example",
            "propertyOrdering");
    private static final Map<String, Set<String>> FORMATS = Map.of(
            "STRING", Set.of("enum", "date-time"),
            "NUMBER", Set.of("float", "double"),
            "INTEGER", Set.of("int32", "int64"));

    private final JsonNode root;
    private final List<String> expanding = new ArrayList<>();

    private GeminiSchema(JsonNode root) {
        this.root = root;
    }

    /** The schema in Gemini's subset; anything but an object schema is an empty object. */
    static ObjectNode reduce(JsonNode schema) {
        return new GeminiSchema(schema).convert(schema);
    }

    /** Whether a reduced schema is an object without properties, which the API refuses as function parameters. */
    static boolean isEmptyObject(ObjectNode schema) {
        return "OBJECT".equals(schema.path("type").asText()) && !schema.has("properties") && !schema.has("anyOf");
    }

    private ObjectNode convert(JsonNode schema) {
        ObjectNode out = ProviderJson.object();
        if (!schema.isObject()) return out;
        if (schema.has("$ref")) return inline(schema.path("$ref").asText(""), schema);
        if (schema.has("allOf")) return convert(merged(schema));
        type(schema, out);
        COPIED.forEach(key -> {
            if (schema.has(key)) out.set(key, schema.get(key));
        });
        enumeration(schema, out);
        format(schema, out);
        properties(schema, out);
        if (schema.has("items")) out.set("items", convert(schema.get("items")));
        anyOf(schema, out);
        return out;
    }

    private void type(JsonNode schema, ObjectNode out) {
        JsonNode type = schema.get("type");
        var names = new ArrayList<String>();
        if (type != null && type.isTextual()) names.add(type.textValue());
        if (type != null && type.isArray()) type.forEach(item -> names.add(item.asText()));
        if (names.remove("null")) out.put("nullable", true);
        if (names.size() > 1) {
            ArrayNode any = out.putArray("anyOf");
            names.forEach(name -> any.addObject().put("type", name.toUpperCase(Locale.ROOT)));
        } else if (names.size() == 1) {
            out.put("type", names.getFirst().toUpperCase(Locale.ROOT));
        } else if (schema.has("properties")) {
            out.put("type", "OBJECT");
        } else if (schema.has("items")) {
            out.put("type", "ARRAY");
        } else if (schema.has("enum") || schema.path("const").isTextual()) {
            out.put("type", "STRING");
        }
    }

    private static void enumeration(JsonNode schema, ObjectNode out) {
        JsonNode values = schema.has("enum") ? schema.get("enum") : null;
        if (values == null && schema.path("const").isTextual()) {
            out.putArray("enum").add(schema.get("const").textValue());
            return;
        }
        if (values == null || !values.isArray()) return;
        var strings = new ArrayList<String>();
        values.forEach(value -> {
            if (value.isTextual()) strings.add(value.textValue());
        });
        if (strings.size() == values.size() && !strings.isEmpty()) strings.forEach(out.putArray("enum")::add);
    }

    private static void format(JsonNode schema, ObjectNode out) {
        String format = schema.path("format").asText("");
        if (FORMATS.getOrDefault(out.path("type").asText(), Set.of()).contains(format)) out.put("format", format);
    }

    private void properties(JsonNode schema, ObjectNode out) {
        JsonNode properties = schema.get("properties");
        if (properties == null || !properties.isObject() || properties.isEmpty()) return;
        ObjectNode converted = out.putObject("properties");
        properties.properties().forEach(field -> converted.set(field.getKey(), convert(field.getValue())));
        var required = new ArrayList<String>();
        schema.path("required").forEach(name -> {
            if (converted.has(name.asText())) required.add(name.asText());
        });
        if (!required.isEmpty()) required.forEach(out.putArray("required")::add);
    }

    private void anyOf(JsonNode schema, ObjectNode out) {
        JsonNode options = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
        if (options == null || !options.isArray()) return;
        var kept = new ArrayList<ObjectNode>();
        for (JsonNode option : options) {
            if ("null".equals(option.path("type").asText())) out.put("nullable", true);
            else kept.add(convert(option));
        }
        if (kept.size() == 1) {
            kept.getFirst().properties().forEach(field -> out.set(field.getKey(), field.getValue()));
        } else if (!kept.isEmpty()) {
            kept.forEach(out.withArray("anyOf")::add);
        }
    }

    /** {@code $ref} to {@code #/$defs/x} or {@code #/definitions/x}, inlined; a cycle ends in a plain object. */
    private ObjectNode inline(String ref, JsonNode schema) {
        JsonNode target = ref.startsWith("#") ? root.at(ref.substring(1)) : null;
        if (target == null || target.isMissingNode() || expanding.contains(ref)) {
            ObjectNode plain = ProviderJson.object().put("type", "OBJECT");
            if (schema.has("description")) plain.set("description", schema.get("description"));
            return plain;
        }
        expanding.add(ref);
        ObjectNode out = convert(target);
        expanding.removeLast();
        if (schema.has("description")) out.set("description", schema.get("description"));
        return out;
    }

    /** The schema with its {@code allOf} parts merged in: their properties, required names and other keywords. */
    private static JsonNode merged(JsonNode schema) {
        ObjectNode merged = ((ObjectNode) schema).deepCopy();
        merged.remove("allOf");
        var required = new HashSet<String>();
        merged.path("required").forEach(name -> required.add(name.asText()));
        for (JsonNode part : schema.path("allOf")) {
            part.properties().forEach(field -> {
                switch (field.getKey()) {
                    case "properties" -> {
                        if (field.getValue() instanceof ObjectNode properties)
                            merged.withObject("properties").setAll(properties);
                    }
                    case "required" -> field.getValue().forEach(name -> required.add(name.asText()));
                    default -> {
                        if (!merged.has(field.getKey())) merged.set(field.getKey(), field.getValue());
                    }
                }
            });
        }
        if (!required.isEmpty()) required.stream().sorted().forEach(merged.putArray("required")::add);
        return merged;
    }
}
