package dev.switchboard.domain.provider;

import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.model.ProviderId;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A read-only, typed view of one provider's configuration entry. Every error names the key it is about, as
 * {@code providers.<id>.<key>}.
 *
 * @param values the entry's own keys (besides id, type and api_keys), secrets already resolved
 * @param requestTimeout how long one upstream call may take, unless the entry overrides it
 */
public record ProviderSettings(ProviderId id, String type, Map<String, JsonValue> values, Duration requestTimeout) {

    public ProviderSettings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    public static ProviderSettings of(String id, String type, Map<String, JsonValue> values) {
        return new ProviderSettings(ProviderId.of(id), type, values, Duration.ofSeconds(60));
    }

    public Optional<String> optionalString(String key) {
        return switch (raw(key)) {
            case null -> Optional.empty();
            case JsonValue.Null ignored -> Optional.empty();
            case JsonValue.Str s -> Optional.of(s.value());
            case JsonValue.Num n -> Optional.of(n.value().toPlainString());
            case JsonValue.Bool b -> Optional.of(Boolean.toString(b.value()));
            default -> throw invalid(key, "must be a string");
        };
    }

    public String string(String key) {
        return optionalString(key).orElseThrow(() -> invalid(key, "is required"));
    }

    public String string(String key, String fallback) {
        return optionalString(key).orElse(fallback);
    }

    public Optional<URI> optionalUri(String key) {
        return optionalString(key).map(text -> {
            try {
                URI uri = new URI(text);
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                    throw invalid(key, "must be an http or https URL");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw invalid(key, "must be a URL");
            }
        });
    }

    public URI uri(String key) {
        return optionalUri(key).orElseThrow(() -> invalid(key, "is required"));
    }

    /** A duration: a number of seconds, or text such as {@code 500ms}, {@code 30s}, {@code 2m}. */
    public Duration duration(String key, Duration fallback) {
        return optionalString(key)
                .map(text -> Durations.parse(text)
                        .orElseThrow(() -> invalid(key, "must be a duration such as 30s or 500ms")))
                .orElse(fallback);
    }

    public int integer(String key, int fallback) {
        return optionalString(key)
                .map(text -> {
                    try {
                        return Integer.parseInt(text);
                    } catch (NumberFormatException e) {
                        throw invalid(key, "must be a whole number");
                    }
                })
                .orElse(fallback);
    }

    public boolean bool(String key, boolean fallback) {
        return optionalString(key)
                .map(text -> switch (text) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> throw invalid(key, "must be true or false");
                })
                .orElse(fallback);
    }

    public List<String> stringList(String key) {
        return switch (raw(key)) {
            case null -> List.of();
            case JsonValue.Null ignored -> List.of();
            case JsonValue.Arr a ->
                a.items().stream()
                        .map(item -> switch (item) {
                            case JsonValue.Str s -> s.value();
                            default -> throw invalid(key, "must be a list of strings");
                        })
                        .toList();
            default -> throw invalid(key, "must be a list of strings");
        };
    }

    public Map<String, String> stringMap(String key) {
        return switch (raw(key)) {
            case null -> Map.of();
            case JsonValue.Null ignored -> Map.of();
            case JsonValue.Obj o -> {
                var result = new LinkedHashMap<String, String>();
                o.fields()
                        .forEach((name, value) -> result.put(
                                name,
                                switch (value) {
                                    case JsonValue.Str s -> s.value();
                                    default -> throw invalid(key + "." + name, "must be a string");
                                }));
                yield result;
            }
            default -> throw invalid(key, "must be a map of strings");
        };
    }

    /** The timeout of one upstream call: {@code request_timeout} in the entry, else the gateway's. */
    public Duration timeout() {
        return duration("request_timeout", requestTimeout);
    }

    private @Nullable JsonValue raw(String key) {
        return values.get(key);
    }

    /** A refusal of the entry's {@code key}, naming it as {@code providers.<id>.<key>}. */
    public IllegalArgumentException invalid(String key, String problem) {
        return new IllegalArgumentException("providers." + id.value() + "." + key + " " + problem);
    }
}
