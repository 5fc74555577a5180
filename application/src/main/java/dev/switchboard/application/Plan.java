package dev.switchboard.application;

import dev.switchboard.domain.model.ModelRef;
import java.util.List;

/**
 * The models one request may be sent to, in the order they are tried.
 *
 * @param requested what the caller named
 * @param targets the models to try, first choice first; never empty
 */
record Plan(String requested, List<ModelRef> targets) {

    Plan {
        targets = List.copyOf(targets);
        if (targets.isEmpty()) throw new IllegalArgumentException("a plan needs a target");
    }

    static Plan single(String requested, ModelRef target) {
        return new Plan(requested, List.of(target));
    }
}
