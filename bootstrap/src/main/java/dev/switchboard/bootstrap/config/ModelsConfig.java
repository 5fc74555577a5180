package dev.switchboard.bootstrap.config;

import dev.switchboard.application.RouteSeed;
import dev.switchboard.domain.catalog.RouteTarget;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Model names clients may use: the {@code models} section.
 *
 * <pre>{@code
 * models:
 *   aliases:
 *     fast: openai/gpt-4o-mini                                  # one target
 *     smart: [anthropic/claude-sonnet-4-5, openai/gpt-4o]       # a fallback chain, tried in order
 *     mini:                                                     # load balanced by weight, the rest as fallbacks
 *       targets: [{model: openai/gpt-4o-mini, weight: 3}, {model: azure/gpt-4o-mini}]
 *       balanced: true
 *   fallbacks:
 *     openai/gpt-4o: [azure/gpt-4o]                             # the model itself first, then these
 * }</pre>
 *
 * @param aliases one-target aliases: alias to {@code provider/model}
 * @param routes fallback chains, balanced aliases and model fallbacks
 */
public record ModelsConfig(Map<String, String> aliases, List<RouteSeed> routes) {

    public ModelsConfig {
        aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
        routes = List.copyOf(routes);
    }

    /** Plain aliases only. */
    public ModelsConfig(Map<String, String> aliases) {
        this(aliases, List.of());
    }

    public static ModelsConfig defaults() {
        return new ModelsConfig(Map.of(), List.of());
    }

    static ModelsConfig read(Node models, Set<ProviderId> providers) {
        var aliases = new LinkedHashMap<String, String>();
        var routes = new ArrayList<RouteSeed>();
        var reader = new Targets(providers);
        models.child("aliases").ifPresent(table -> {
            for (String alias : table.keys()) {
                if (alias.isBlank() || alias.contains("/")) {
                    table.report(alias, "an alias must be non-blank text without /");
                    continue;
                }
                switch (table.value(alias).orElseThrow()) {
                    case JsonValue.Str ignored ->
                        table.text(alias)
                                .flatMap(t -> reader.one(table, alias, t))
                                .ifPresent(ref -> aliases.put(alias, ref.qualified()));
                    case JsonValue.Arr ignored ->
                        reader.chain(table, alias, List.of()).ifPresent(routes::add);
                    case JsonValue.Obj ignored ->
                        table.child(alias)
                                .flatMap(node -> reader.balanced(alias, node))
                                .ifPresent(routes::add);
                    default -> table.report(alias, "must be provider/model, a list of them, or {targets, balanced}");
                }
            }
        });
        models.child("fallbacks").ifPresent(table -> {
            for (String model : table.keys()) {
                Optional<ModelRef> primary = reader.one(table, model, model);
                primary.flatMap(ref -> reader.chain(table, model, List.of(RouteTarget.of(ref))))
                        .ifPresent(routes::add);
            }
        });
        models.rejectUnknown();
        return new ModelsConfig(aliases, routes);
    }
}
