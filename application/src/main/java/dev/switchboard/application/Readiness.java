package dev.switchboard.application;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether the gateway can serve requests.
 *
 * @param checks what was checked and its state ({@code database: up}, {@code provider:openai: down: ...})
 */
public record Readiness(boolean ready, Map<String, String> checks) {

    public Readiness {
        checks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    }
}
