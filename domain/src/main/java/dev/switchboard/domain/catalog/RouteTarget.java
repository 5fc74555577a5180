package dev.switchboard.domain.catalog;

import dev.switchboard.domain.model.ModelRef;
import java.util.Objects;

/**
 * One model a route may send a request to.
 *
 * @param model the provider and the provider's own model name
 * @param weight its share of the traffic among the route's targets when the route balances load, 1-{@value #MAX_WEIGHT}
 */
public record RouteTarget(ModelRef model, int weight) {

    /** The largest weight accepted. */
    public static final int MAX_WEIGHT = 1000;

    public RouteTarget {
        Objects.requireNonNull(model, "model");
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException("weight must be 1-" + MAX_WEIGHT);
        }
    }

    /** A target of weight 1. */
    public static RouteTarget of(ModelRef model) {
        return new RouteTarget(model, 1);
    }
}
