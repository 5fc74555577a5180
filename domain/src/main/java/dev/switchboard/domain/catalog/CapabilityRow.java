package dev.switchboard.domain.catalog;

import dev.switchboard.domain.model.Capability;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One row of the {@link CapabilityTable}: what is known of the models whose name matches {@code pattern}.
 *
 * @param pattern a model name where {@code *} stands for any text
 */
public record CapabilityRow(
        String pattern,
        @Nullable Integer contextWindow,
        @Nullable Integer maxOutputTokens,
        @Nullable Integer dimensions,
        Set<Capability> capabilities) {

    public CapabilityRow {
        if (pattern == null || pattern.isBlank()) throw new IllegalArgumentException("pattern must not be blank");
        capabilities = capabilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capabilities));
        Objects.requireNonNull(capabilities, "capabilities");
    }

    /** Whether {@code model} matches the pattern, {@code *} standing for any text (none included). */
    boolean matches(String model) {
        return ModelPattern.matches(pattern, model);
    }
}
