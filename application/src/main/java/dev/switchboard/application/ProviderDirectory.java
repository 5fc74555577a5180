package dev.switchboard.application;

import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ModelProviderFactory;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.provider.ProviderSettings;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The configured providers with their adapters, in configuration order; names are resolved by {@link ModelResolver}. */
final class ProviderDirectory {

    private final Map<ProviderId, ProviderEntry> entries;

    private ProviderDirectory(Map<ProviderId, ProviderEntry> entries) {
        this.entries = entries;
    }

    /**
     * Creates every provider's adapter with the factory of its type.
     *
     * @throws IllegalArgumentException when a type has no factory, or a factory implements another port version
     */
    static ProviderDirectory create(List<ProviderSettings> providers, List<ModelProviderFactory> factories) {
        Map<String, ModelProviderFactory> byType = factories.stream()
                .collect(Collectors.toMap(ModelProviderFactory::type, Function.identity(), (first, second) -> first));
        var entries = new LinkedHashMap<ProviderId, ProviderEntry>();
        for (ProviderSettings settings : providers) {
            ModelProviderFactory factory = byType.get(settings.type());
            if (factory == null) {
                throw new IllegalArgumentException("providers." + settings.id() + ".type '" + settings.type()
                        + "' has no adapter; available: " + new TreeSet<>(byType.keySet()));
            }
            if (factory.portVersion() != ModelProvider.VERSION) {
                throw new IllegalArgumentException("the adapter for type '" + settings.type() + "' implements provider"
                        + " port v" + factory.portVersion() + ", this gateway needs v" + ModelProvider.VERSION);
            }
            entries.put(
                    settings.id(),
                    new ProviderEntry(settings.id(), settings.type(), factory.create(settings), settings.timeout()));
        }
        // Configuration order is kept: model lists and readiness checks follow it.
        return new ProviderDirectory(Collections.unmodifiableMap(entries));
    }

    Collection<ProviderEntry> all() {
        return entries.values();
    }

    Optional<ProviderEntry> find(ProviderId id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** The entry of a configured provider. */
    ProviderEntry entry(ProviderId id) {
        ProviderEntry entry = entries.get(id);
        if (entry == null) throw notFound("provider '" + id + "' is not configured");
        return entry;
    }

    private static ProviderException notFound(String message) {
        return new ProviderException(new ProviderFailure.ModelNotFound(message));
    }
}
