package dev.switchboard.domain.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JSON that Switchboard passes through without interpreting it: tool parameter schemas, vendor extension fields,
 * logprobs. Immutable; objects keep their key order so a schema reaches the provider as the client wrote it.
 */
public sealed interface JsonValue {

    /** The JSON {@code null}. */
    record Null() implements JsonValue {}

    /** {@code true} or {@code false}. */
    record Bool(boolean value) implements JsonValue {}

    /** A number, kept exactly as written (no float rounding of large integers or long decimals). */
    record Num(BigDecimal value) implements JsonValue {
        public Num {
            Objects.requireNonNull(value, "value");
        }

        public static Num of(long value) {
            return new Num(BigDecimal.valueOf(value));
        }
    }

    /** A string. */
    record Str(String value) implements JsonValue {
        public Str {
            Objects.requireNonNull(value, "value");
        }
    }

    /** An array. */
    record Arr(List<JsonValue> items) implements JsonValue {
        public Arr {
            items = List.copyOf(items);
        }
    }

    /** An object; iteration follows insertion order. */
    record Obj(Map<String, JsonValue> fields) implements JsonValue {
        public Obj {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        /** The field's value, or JSON null when it is absent. */
        public JsonValue get(String name) {
            return fields.getOrDefault(name, NULL);
        }
    }

    /** The shared JSON {@code null}. */
    JsonValue NULL = new Null();

    /** An empty object. */
    static Obj emptyObject() {
        return new Obj(Map.of());
    }

    static Str of(String value) {
        return new Str(value);
    }

    /** Compact JSON text for this value, as RFC 8259 writes it. */
    default String toJson() {
        var out = new StringBuilder();
        JsonText.write(this, out);
        return out.toString();
    }
}
