package dev.switchboard.application;

import dev.switchboard.domain.catalog.Route;
import dev.switchboard.domain.catalog.RouteTarget;
import java.time.Instant;
import java.util.List;

/**
 * A route (alias or fallback chain) from the configuration; seeded at start-up, it then cannot be changed through the
 * admin API, only in the file.
 *
 * @param name what clients send as {@code model}
 * @param targets where requests go, first choice first
 * @param balanced true to spread requests over the targets by weight instead of always trying them in order
 */
public record RouteSeed(String name, List<RouteTarget> targets, boolean balanced) {

    public RouteSeed {
        targets = List.copyOf(targets);
        // Validates the name and targets the way the stored route will.
        var unused = new Route(name, targets, balanced, Route.Origin.CONFIG, Instant.EPOCH);
    }

    /** A one-target route: a plain alias. */
    public static RouteSeed alias(String name, String target) {
        return new RouteSeed(name, List.of(RouteTarget.of(ref(name, target))), false);
    }

    Route route(Instant at) {
        return new Route(name, targets, balanced, Route.Origin.CONFIG, at);
    }

    private static dev.switchboard.domain.model.ModelRef ref(String name, String target) {
        return dev.switchboard.domain.model.ModelRef.parse(target)
                .orElseThrow(() -> new IllegalArgumentException(
                        "alias '" + name + "' must point at provider/model, not: " + target));
    }
}
