package dev.switchboard.bootstrap.config;

import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Model names clients may use: the {@code models} section.
 *
 * @param aliases alias to {@code provider/model}, such as {@code fast -> openai/gpt-4o-mini}; each target names a
 *     configured provider
 */
public record ModelsConfig(Map<String, String> aliases) {

    public ModelsConfig {
        aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
    }

    public static ModelsConfig defaults() {
        return new ModelsConfig(Map.of());
    }

    static ModelsConfig read(Node models, Set<ProviderId> providers) {
        var aliases = new LinkedHashMap<String, String>();
        models.child("aliases").ifPresent(table -> {
            for (String alias : table.keys()) {
                target(table, alias, providers).ifPresent(target -> aliases.put(alias, target));
            }
        });
        models.rejectUnknown();
        return new ModelsConfig(aliases);
    }

    private static Optional<String> target(Node table, String alias, Set<ProviderId> providers) {
        Optional<String> text = table.text(alias);
        if (text.isEmpty()) return text;
        if (alias.isBlank() || alias.contains("/")) {
            table.report(alias, "an alias must be non-blank text without /");
            return Optional.empty();
        }
        Optional<ModelRef> ref = ModelRef.parse(text.get());
        if (ref.isEmpty()) {
            table.report(alias, "must be provider/model, such as openai/gpt-4o-mini");
        } else if (!providers.contains(ref.get().provider())) {
            table.report(alias, "names provider " + ref.get().provider() + ", which is not configured");
            return Optional.empty();
        }
        return ref.map(ModelRef::qualified);
    }
}
