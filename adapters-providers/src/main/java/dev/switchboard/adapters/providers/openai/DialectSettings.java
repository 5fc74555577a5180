package dev.switchboard.adapters.providers.openai;

import dev.switchboard.domain.provider.ProviderSettings;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The settings every dialect reads the same way: {@code base_url}, {@code headers}, {@code connect_timeout} and the
 * check that no key is unknown. Every error names the key as {@code providers.<id>.<key>}.
 */
final class DialectSettings {

    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Set<String> COMMON_KEYS = Set.of("base_url", "headers", "connect_timeout", "request_timeout");
    static final Set<Operation> EVERY_OPERATION = EnumSet.allOf(Operation.class);

    private DialectSettings() {}

    /** Fails naming every key outside {@link #COMMON_KEYS} and {@code own}. */
    static void rejectUnknownKeys(ProviderSettings settings, String... own) {
        var unknown = new TreeSet<>(settings.values().keySet());
        unknown.removeAll(COMMON_KEYS);
        unknown.removeAll(Set.of(own));
        if (unknown.isEmpty()) return;
        String known =
                Stream.concat(COMMON_KEYS.stream(), Stream.of(own)).sorted().collect(Collectors.joining(", "));
        throw wrong(
                settings, unknown.first(), "is not a setting of type " + settings.type() + " (known: " + known + ")");
    }

    static URI baseUrl(ProviderSettings settings, String fallback) {
        return settings.optionalUri("base_url").orElseGet(() -> URI.create(fallback));
    }

    static Duration connectTimeout(ProviderSettings settings) {
        Duration timeout = settings.duration("connect_timeout", DEFAULT_CONNECT_TIMEOUT);
        if (timeout.isZero()) throw wrong(settings, "connect_timeout", "must be positive");
        return timeout;
    }

    /** The configured extra headers, each checked: java.net.http refuses some names, such as {@code Host}. */
    static Map<String, String> headers(ProviderSettings settings) {
        var headers = new LinkedHashMap<String, String>();
        settings.stringMap("headers").forEach((name, value) -> {
            try {
                HttpRequest.newBuilder(URI.create("http://localhost/")).setHeader(name, value);
            } catch (IllegalArgumentException e) {
                throw wrong(settings, "headers." + name, "cannot be sent: the header name or value is not allowed");
            }
            headers.put(name, value);
        });
        return headers;
    }

    /** One of {@code choices}, or the first when the key is absent. */
    static String choice(ProviderSettings settings, String key, String... choices) {
        String value = settings.string(key, choices[0]);
        if (!Set.of(choices).contains(value))
            throw wrong(settings, key, "must be one of " + String.join(", ", choices));
        return value;
    }

    static IllegalArgumentException wrong(ProviderSettings settings, String key, String problem) {
        return new IllegalArgumentException("providers." + settings.id().value() + "." + key + " " + problem);
    }
}
