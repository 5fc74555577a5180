package dev.switchboard.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A model at a provider: {@code provider/model}. The model part is the provider's own name and may itself contain
 * slashes ({@code together/meta-llama/Llama-3-70b}), so parsing splits at the first slash only.
 */
public record ModelRef(ProviderId provider, String model) {

    public ModelRef {
        Objects.requireNonNull(provider, "provider");
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
    }

    public static ModelRef of(String provider, String model) {
        return new ModelRef(ProviderId.of(provider), model);
    }

    /**
     * Reads {@code provider/model}; empty when the text has no slash, names no valid provider or no model, so that the
     * caller can try it as an alias or a bare model name.
     */
    public static Optional<ModelRef> parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            return Optional.empty();
        }
        String provider = text.substring(0, slash);
        String model = text.substring(slash + 1);
        if (!ProviderId.isValid(provider) || model.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ModelRef(new ProviderId(provider), model));
    }

    /** The public name, {@code provider/model}. */
    public String qualified() {
        return provider.value() + "/" + model;
    }

    @Override
    public String toString() {
        return qualified();
    }
}
