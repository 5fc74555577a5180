package dev.switchboard.application;

import dev.switchboard.domain.model.ModelRef;
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

/**
 * The configured providers, and the one place where a model reference is resolved to a provider and the provider's own
 * model name, the same for HTTP and for library callers.
 */
final class ProviderDirectory {

    private final Map<ProviderId, ProviderEntry> entries;
    private final Map<String, ModelRef> aliases;

    private ProviderDirectory(Map<ProviderId, ProviderEntry> entries, Map<String, ModelRef> aliases) {
        this.entries = entries;
        this.aliases = aliases;
    }

    /**
     * Creates every provider's adapter with the factory of its type.
     *
     * @throws IllegalArgumentException when a type has no factory, or a factory implements another port version
     */
    static ProviderDirectory create(
            List<ProviderSettings> providers, List<ModelProviderFactory> factories, Map<String, String> aliases) {
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
        var refs = new LinkedHashMap<String, ModelRef>();
        aliases.forEach(
                (alias, target) -> refs.put(alias, ModelRef.parse(target).orElseThrow()));
        // Configuration order is kept: model lists and readiness checks follow it.
        return new ProviderDirectory(Collections.unmodifiableMap(entries), Map.copyOf(refs));
    }

    Collection<ProviderEntry> all() {
        return entries.values();
    }

    Optional<ProviderEntry> find(ProviderId id) {
        return Optional.ofNullable(entries.get(id));
    }

    Map<String, ModelRef> aliases() {
        return aliases;
    }

    /**
     * Resolves what the caller named. On a provider route the name is the provider's own (a {@code provider/} prefix of
     * the same provider is tolerated); elsewhere it is an alias or {@code provider/model}.
     *
     * @throws ProviderException with {@link ProviderFailure.ModelNotFound} when nothing matches
     */
    ModelRef resolve(String model, RequestContext context) {
        ProviderId scoped = context.provider();
        if (scoped != null) {
            entry(scoped);
            String prefix = scoped.value() + "/";
            return new ModelRef(scoped, model.startsWith(prefix) ? model.substring(prefix.length()) : model);
        }
        ModelRef alias = aliases.get(model);
        if (alias != null) return alias;
        ModelRef ref = ModelRef.parse(model)
                .orElseThrow(() -> notFound("model '" + model
                        + "' is neither provider/model nor a configured alias; providers: " + new TreeSet<>(names())));
        entry(ref.provider());
        return ref;
    }

    /** The entry of a configured provider. */
    ProviderEntry entry(ProviderId id) {
        ProviderEntry entry = entries.get(id);
        if (entry == null) throw notFound("provider '" + id + "' is not configured");
        return entry;
    }

    private List<String> names() {
        return entries.keySet().stream().map(ProviderId::value).toList();
    }

    private static ProviderException notFound(String message) {
        return new ProviderException(new ProviderFailure.ModelNotFound(message));
    }
}
