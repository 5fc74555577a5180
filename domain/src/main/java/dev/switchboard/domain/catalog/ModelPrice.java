package dev.switchboard.domain.catalog;

import dev.switchboard.domain.chat.Usage;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of the {@link PriceTable}: the list price of the models whose name matches {@code pattern}, in US dollars per
 * million tokens. A row without prices says the price is not known, so that a more general row below it does not
 * price the model wrongly.
 *
 * @param pattern a model name where {@code *} stands for any text
 * @param input per million input tokens not served from a cache; null when unknown
 * @param output per million output tokens, reasoning included; null when unknown
 * @param cachedInput per million input tokens served from a prompt cache; null when unknown
 * @param maxPromptTokens the largest prompt the prices hold for (a provider charges more for longer ones); null for any
 */
public record ModelPrice(
        String pattern,
        @Nullable BigDecimal input,
        @Nullable BigDecimal output,
        @Nullable BigDecimal cachedInput,
        @Nullable Integer maxPromptTokens) {

    public ModelPrice {
        Objects.requireNonNull(pattern, "pattern");
        if (pattern.isBlank()) throw new IllegalArgumentException("pattern must not be blank");
        for (BigDecimal price : new BigDecimal[] {input, output, cachedInput}) {
            if (price != null && price.signum() < 0) throw new IllegalArgumentException("prices must not be negative");
        }
        if ((input == null) != (output == null)) {
            throw new IllegalArgumentException("input and output prices are both known or both unknown");
        }
    }

    boolean matches(String model) {
        return ModelPattern.matches(pattern, model);
    }

    /**
     * What {@code usage} costs at these prices; empty when a price it needs is unknown (cached tokens without a cached
     * price included) or the prompt is longer than the prices hold for.
     */
    public Optional<BigDecimal> cost(Usage usage) {
        if (input == null || output == null) return Optional.empty();
        if (maxPromptTokens != null && usage.promptTokens() > maxPromptTokens) return Optional.empty();
        int cached = Math.min(usage.cachedTokens(), usage.promptTokens());
        if (cached > 0 && cachedInput == null) return Optional.empty();
        BigDecimal total = input.multiply(BigDecimal.valueOf(usage.promptTokens() - cached))
                .add(output.multiply(BigDecimal.valueOf(usage.completionTokens())));
        if (cached > 0) total = total.add(Objects.requireNonNull(cachedInput).multiply(BigDecimal.valueOf(cached)));
        // Exact: prices per million tokens, so moving the point six places loses nothing.
        return Optional.of(total.movePointLeft(6).stripTrailingZeros());
    }
}
