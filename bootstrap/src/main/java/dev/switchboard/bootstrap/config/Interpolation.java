package dev.switchboard.bootstrap.config;

import dev.switchboard.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${NAME}} in every string value of the configuration tree with the environment variable
 * {@code NAME}, so that a file names its secrets instead of holding them; {@code $${} stands for a literal
 * {@code ${}. An unset variable is reported with its key and name, never with the text around it.
 */
final class Interpolation {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, String> env;
    private final Problems problems;

    private Interpolation(Map<String, String> env, Problems problems) {
        this.env = env;
        this.problems = problems;
    }

    static JsonValue.Obj resolve(JsonValue.Obj root, Map<String, String> env, Problems problems) {
        return (JsonValue.Obj) new Interpolation(env, problems).resolve(root, "");
    }

    private JsonValue resolve(JsonValue value, String path) {
        return switch (value) {
            case JsonValue.Str s -> JsonValue.of(resolve(s.value(), path));
            case JsonValue.Arr a -> {
                var items = new ArrayList<JsonValue>();
                for (int i = 0; i < a.items().size(); i++)
                    items.add(resolve(a.items().get(i), path + "[" + i + "]"));
                yield new JsonValue.Arr(items);
            }
            case JsonValue.Obj o -> {
                var fields = new LinkedHashMap<String, JsonValue>();
                o.fields()
                        .forEach((key, field) ->
                                fields.put(key, resolve(field, path.isEmpty() ? key : path + "." + key)));
                yield new JsonValue.Obj(fields);
            }
            case JsonValue.Null n -> n;
            case JsonValue.Bool b -> b;
            case JsonValue.Num n -> n;
        };
    }

    private String resolve(String text, String path) {
        var out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (text.startsWith("${", i)) {
                int end = text.indexOf('}', i + 2);
                if (end < 0) {
                    problems.add(path, "${ has no closing }");
                    return text;
                }
                out.append(variable(text.substring(i + 2, end), path));
                i = end + 1;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private String variable(String name, String path) {
        if (!NAME.matcher(name).matches()) {
            problems.add(path, "${...} must hold an environment variable name (letters, digits and _)");
            return "";
        }
        String value = env.get(name);
        if (value == null) {
            problems.add(path, "environment variable " + name + " is not set");
            return "";
        }
        return value;
    }
}
