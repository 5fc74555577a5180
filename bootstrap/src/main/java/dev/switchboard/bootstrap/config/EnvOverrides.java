package dev.switchboard.bootstrap.config;

import dev.switchboard.domain.json.JsonValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays the environment variables that override the file over its tree, before validation, so a bad value is
 * checked like any other and reported under the variable's name. A blank variable counts as unset, so an empty
 * {@code ALLOWED_API_KEYS} can never open a gateway whose file lists keys.
 */
final class EnvOverrides {

    /** One variable and the key it sets; a list variable is a comma-separated list or a JSON array of strings. */
    private record Override(String variable, String section, String key, boolean list) {}

    private static final List<Override> ALL = List.of(
            new Override("SERVICE_PORT", "server", "port", false),
            new Override("REQUEST_TIMEOUT_S", "server", "request_timeout_s", false),
            new Override("ENABLE_SECURITY_HEADERS", "server", "security_headers", false),
            new Override("ALLOWED_API_KEYS", "security", "api_keys", true),
            new Override("ADMIN_API_KEYS", "security", "admin_keys", true),
            new Override("DATABASE_URL", "database", "url", false),
            new Override("LOG_LEVEL", "logging", "level", false));

    private EnvOverrides() {}

    static JsonValue.Obj apply(JsonValue.Obj root, Map<String, String> env, Problems problems) {
        var sections = new LinkedHashMap<>(root.fields());
        for (Override override : ALL) {
            String raw = env.get(override.variable());
            if (raw == null || raw.isBlank()) continue;
            Optional<JsonValue> value = override.list() ? list(raw) : Optional.of(JsonValue.of(raw.trim()));
            if (value.isPresent()) {
                set(sections, override, value.get(), problems);
            } else {
                problems.add(override.variable(), "must be a comma-separated list or a JSON array of strings");
            }
        }
        return new JsonValue.Obj(sections);
    }

    private static void set(Map<String, JsonValue> sections, Override override, JsonValue value, Problems problems) {
        JsonValue section = sections.getOrDefault(override.section(), JsonValue.NULL);
        if (section instanceof JsonValue.Null) section = JsonValue.emptyObject();
        // A section that is not a mapping is left alone, for validation to report.
        if (section instanceof JsonValue.Obj obj) {
            var fields = new LinkedHashMap<>(obj.fields());
            fields.put(override.key(), value);
            sections.put(override.section(), new JsonValue.Obj(fields));
            problems.origin(override.section() + "." + override.key(), override.variable());
        }
    }

    private static Optional<JsonValue> list(String raw) {
        String text = raw.trim();
        if (!text.startsWith("[")) {
            return Optional.of(new JsonValue.Arr(Arrays.stream(text.split(","))
                    .map(String::trim)
                    .filter(item -> !item.isEmpty())
                    .<JsonValue>map(JsonValue::of)
                    .toList()));
        }
        return YamlTree.json(text)
                .filter(json -> json instanceof JsonValue.Arr arr
                        && arr.items().stream().allMatch(item -> item instanceof JsonValue.Str));
    }
}
