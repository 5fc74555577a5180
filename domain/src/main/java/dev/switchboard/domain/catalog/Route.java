package dev.switchboard.domain.catalog;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A name clients may use as a model, and the targets it stands for: an alias ({@code fast}) with one target, or a
 * fallback chain with several, tried in order until one serves. A route may also be named like a model
 * ({@code openai/gpt-4o}): then its targets are that model's fallbacks, and its first target is usually the model
 * itself.
 *
 * @param name what clients send as {@code model}
 * @param targets where requests go, first choice first; never empty, no model twice
 * @param balanced true to spread requests over the targets by weight, the others staying fallbacks of the chosen one;
 *     false to always try them in order
 * @param origin who made the route: the configuration or an operator through the admin API
 * @param updatedAt when it was last saved
 */
public record Route(String name, List<RouteTarget> targets, boolean balanced, Origin origin, Instant updatedAt) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@/+-]{0,199}");

    /** The largest number of targets one route may have. */
    public static final int MAX_TARGETS = 16;

    /** Where a route came from; start-up seeding replaces the configuration's routes and never touches an operator's. */
    public enum Origin {
        CONFIG,
        ADMIN
    }

    public Route {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "route name must be 1-200 characters of letters, digits and . _ : @ / + -, starting with a letter or digit");
        }
        targets = List.copyOf(targets);
        if (targets.isEmpty() || targets.size() > MAX_TARGETS) {
            throw new IllegalArgumentException("targets must hold 1-" + MAX_TARGETS + " models");
        }
        var seen = new HashSet<String>();
        for (RouteTarget target : targets) {
            if (!seen.add(target.model().qualified())) {
                throw new IllegalArgumentException("targets name " + target.model() + " twice");
            }
        }
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** True when the name itself has the {@code provider/model} shape. */
    public boolean namedLikeModel() {
        return name.indexOf('/') > 0;
    }
}
