package dev.switchboard.domain.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One model as a provider lists it, with what is known of it. Unknown facts are null or absent from
 * {@code capabilities}; they are never guessed.
 *
 * @param ref the model's public reference
 * @param created when the provider says the model was created, in epoch seconds, or 0 when it does not say
 * @param ownedBy the organisation the provider names as owner
 * @param capabilities what the model is known to support
 * @param contextWindow the input limit in tokens, when known
 * @param maxOutputTokens the output limit in tokens, when known
 * @param displayName the provider's human-readable name for the model ({@code Claude Sonnet 4.5}), when it gives one
 * @param dimensions the length of the vectors an embedding model returns by default, when known
 */
public record ModelDescriptor(
        ModelRef ref,
        long created,
        String ownedBy,
        Set<Capability> capabilities,
        @Nullable Integer contextWindow,
        @Nullable Integer maxOutputTokens,
        @Nullable String displayName,
        @Nullable Integer dimensions) {

    public ModelDescriptor {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(ownedBy, "ownedBy");
        capabilities = capabilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capabilities));
        if (created < 0) throw new IllegalArgumentException("created must not be negative");
        positive(contextWindow, "contextWindow");
        positive(maxOutputTokens, "maxOutputTokens");
        positive(dimensions, "dimensions");
    }

    /** A model with a display name and no known embedding size. */
    public ModelDescriptor(
            ModelRef ref,
            long created,
            String ownedBy,
            Set<Capability> capabilities,
            @Nullable Integer contextWindow,
            @Nullable Integer maxOutputTokens,
            @Nullable String displayName) {
        this(ref, created, ownedBy, capabilities, contextWindow, maxOutputTokens, displayName, null);
    }

    /** A model without a display name. */
    public ModelDescriptor(
            ModelRef ref,
            long created,
            String ownedBy,
            Set<Capability> capabilities,
            @Nullable Integer contextWindow,
            @Nullable Integer maxOutputTokens) {
        this(ref, created, ownedBy, capabilities, contextWindow, maxOutputTokens, null, null);
    }

    /** A model known only by name. */
    public static ModelDescriptor named(ModelRef ref, String ownedBy) {
        return new ModelDescriptor(ref, 0, ownedBy, Set.of(), null, null);
    }

    public boolean supports(Capability capability) {
        return capabilities.contains(capability);
    }

    /** True when something is known of what the model supports; an empty set means unknown, not "nothing". */
    public boolean capabilitiesKnown() {
        return !capabilities.isEmpty();
    }

    /** This model with other capabilities and limits, the rest unchanged. */
    public ModelDescriptor withFacts(
            Set<Capability> newCapabilities,
            @Nullable Integer newContextWindow,
            @Nullable Integer newMaxOutputTokens,
            @Nullable Integer newDimensions) {
        return new ModelDescriptor(
                ref,
                created,
                ownedBy,
                newCapabilities,
                newContextWindow,
                newMaxOutputTokens,
                displayName,
                newDimensions);
    }

    private static void positive(@Nullable Integer value, String field) {
        if (value != null && value <= 0) throw new IllegalArgumentException(field + " must be positive");
    }
}
