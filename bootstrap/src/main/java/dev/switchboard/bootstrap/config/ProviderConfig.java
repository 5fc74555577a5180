package dev.switchboard.bootstrap.config;

import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ProviderSettings;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One upstream provider: an entry of the {@code providers} list.
 *
 * @param id the name in {@code /openai/v1/...} and in {@code openai/gpt-4o}
 * @param type which adapter serves it: one of {@link #TYPES}
 * @param apiKeys the keys to rotate through; empty for providers that need none
 * @param settings every other key of the entry ({@code base_url}, {@code deployments}, ...), in file order, with
 *     {@code ${VAR}} references already resolved; values may be secrets, so never log them
 */
public record ProviderConfig(ProviderId id, String type, List<KeyConfig> apiKeys, Map<String, JsonValue> settings) {

    /** The provider types the gateway has adapters for. */
    public static final List<String> TYPES = List.of(
            "mock", "openai", "azure", "cerebras", "openai-compatible", "anthropic", "gemini", "bedrock", "ollama");

    public ProviderConfig {
        Objects.requireNonNull(id, "id");
        if (type == null || !TYPES.contains(type)) {
            throw new IllegalArgumentException("provider type must be one of " + String.join(", ", TYPES));
        }
        apiKeys = List.copyOf(apiKeys);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** The built-in mock, which a configuration that lists no providers serves. */
    public static ProviderConfig mock() {
        return new ProviderConfig(ProviderId.of("mock"), "mock", List.of(), Map.of());
    }

    /** Shows the names of the settings but not their values, which may be secrets. */
    @Override
    public String toString() {
        return "ProviderConfig[id=" + id + ", type=" + type + ", apiKeys="
                + apiKeys.stream().map(KeyConfig::name).toList() + ", settings=" + settings.keySet() + "]";
    }

    /** The typed view its {@code ModelProviderFactory} reads, with the gateway's timeout as the default. */
    public ProviderSettings toSettings(Duration requestTimeout) {
        return new ProviderSettings(id, type, settings, requestTimeout);
    }
}
