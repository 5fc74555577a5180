package dev.switchboard.domain.json;

import java.util.Map;

/** Writes a {@link JsonValue} as compact JSON text. */
final class JsonText {

    private JsonText() {}

    static void write(JsonValue value, StringBuilder out) {
        switch (value) {
            case JsonValue.Null ignored -> out.append("null");
            case JsonValue.Bool b -> out.append(b.value());
            case JsonValue.Num n -> out.append(n.value().toString());
            case JsonValue.Str s -> quote(s.value(), out);
            case JsonValue.Arr a -> {
                out.append('[');
                for (int i = 0; i < a.items().size(); i++) {
                    if (i > 0) out.append(',');
                    write(a.items().get(i), out);
                }
                out.append(']');
            }
            case JsonValue.Obj o -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> field : o.fields().entrySet()) {
                    if (!first) out.append(',');
                    first = false;
                    quote(field.getKey(), out);
                    out.append(':');
                    write(field.getValue(), out);
                }
                out.append('}');
            }
        }
    }

    static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
