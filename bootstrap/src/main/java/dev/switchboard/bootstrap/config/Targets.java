package dev.switchboard.bootstrap.config;

import dev.switchboard.application.RouteSeed;
import dev.switchboard.domain.catalog.RouteTarget;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the targets of the {@code models} section's routes, reporting each wrong one with its path. */
final class Targets {

    private final Set<ProviderId> providers;

    Targets(Set<ProviderId> providers) {
        this.providers = providers;
    }

    /** One {@code provider/model} naming a configured provider. */
    Optional<ModelRef> one(Node table, String key, String text) {
        Optional<ModelRef> ref = ModelRef.parse(text);
        if (ref.isEmpty()) {
            table.report(key, "must be provider/model, such as openai/gpt-4o-mini, not: " + text);
        } else if (!providers.contains(ref.get().provider())) {
            table.report(key, "names provider " + ref.get().provider() + ", which is not configured");
            return Optional.empty();
        }
        return ref;
    }

    /** A list of {@code provider/model} under {@code key}, after {@code first}, as a route tried in order. */
    Optional<RouteSeed> chain(Node table, String key, List<RouteTarget> first) {
        var targets = new ArrayList<>(first);
        List<String> texts = table.texts(key);
        if (texts.isEmpty()) table.report(key, "must list at least one provider/model");
        for (String text : texts) one(table, key, text).map(RouteTarget::of).ifPresent(targets::add);
        return seed(table, key, key, targets, false);
    }

    /** {@code {targets: [...], balanced: true}}, each target {@code provider/model} or {@code {model, weight}}. */
    Optional<RouteSeed> balanced(String name, Node route) {
        var targets = new ArrayList<RouteTarget>();
        boolean balanced = route.bool("balanced", false);
        List<JsonValue> items =
                route.value("targets").orElse(null) instanceof JsonValue.Arr arr ? arr.items() : List.of();
        if (items.isEmpty()) route.report("targets", "must be a non-empty list");
        for (JsonValue item : items) {
            switch (item) {
                case JsonValue.Str text ->
                    one(route, "targets", text.value()).map(RouteTarget::of).ifPresent(targets::add);
                case JsonValue.Obj ignored -> target(route, item).ifPresent(targets::add);
                default -> route.report("targets", "each target is provider/model or {model, weight}");
            }
        }
        route.rejectUnknown();
        return seed(route, name, "targets", targets, balanced);
    }

    private Optional<RouteTarget> target(Node route, JsonValue item) {
        if (!(item instanceof JsonValue.Obj obj)) return Optional.empty();
        var model = obj.fields().get("model");
        var weight = obj.fields().get("weight");
        if (!(model instanceof JsonValue.Str text)) {
            route.report("targets", "each {model, weight} target needs model: provider/model");
            return Optional.empty();
        }
        long share = weight instanceof JsonValue.Num n && n.value().scale() <= 0
                ? n.value().longValue()
                : 1;
        if (weight != null && (!(weight instanceof JsonValue.Num) || share < 1 || share > RouteTarget.MAX_WEIGHT)) {
            route.report("targets", "a target's weight must be a whole number from 1 to " + RouteTarget.MAX_WEIGHT);
            return Optional.empty();
        }
        return one(route, "targets", text.value()).map(ref -> new RouteTarget(ref, (int) share));
    }

    private static Optional<RouteSeed> seed(
            Node table, String name, String key, List<RouteTarget> targets, boolean balanced) {
        if (targets.isEmpty()) return Optional.empty(); // already reported
        try {
            return Optional.of(new RouteSeed(name, targets, balanced));
        } catch (IllegalArgumentException e) {
            table.report(key, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }
}
