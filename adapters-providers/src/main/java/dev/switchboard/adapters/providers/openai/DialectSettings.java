package dev.switchboard.adapters.providers.openai;

import dev.switchboard.domain.provider.ProviderSettings;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The settings every dialect reads the same way: {@code base_url}, {@code headers}, {@code connect_timeout} and the
 * check that no key is unknown. Every error names the key as {@code providers.<id>.<key>}.
 */
final class DialectSettings {

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
        throw settings.invalid(
                unknown.first(), "is not a setting of type " + settings.type() + " (known: " + known + ")");
    }

    static URI baseUrl(ProviderSettings settings, String fallback) {
        return settings.optionalUri("base_url").orElseGet(() -> URI.create(fallback));
    }

    /** One of {@code choices}, or the first when the key is absent. */
    static String choice(ProviderSettings settings, String key, String... choices) {
        String value = settings.string(key, choices[0]);
        if (!Set.of(choices).contains(value))
            throw settings.invalid(key, "must be one of " + String.join(", ", choices));
        return value;
    }
}
