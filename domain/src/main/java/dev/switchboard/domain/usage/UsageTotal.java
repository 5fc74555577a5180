package dev.switchboard.domain.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * The totals of one group of usage records. A grouping the query did not ask for is null here; one it asked for is
 * null only when the records hold no value (no inbound key, no provider reached).
 *
 * @param requests how many records
 * @param failures how many of them failed ({@link UsageRecord#failure()} set)
 * @param cost the sum of the known costs, null when no record of the group had one
 * @param unpriced how many records had no known cost
 */
public record UsageTotal(
        @Nullable String key,
        @Nullable String provider,
        @Nullable String model,
        @Nullable LocalDate day,
        long requests,
        long failures,
        long promptTokens,
        long completionTokens,
        long cachedTokens,
        long reasoningTokens,
        @Nullable BigDecimal cost,
        long unpriced) {

    /** The order totals are listed in: by key, provider, model and day, nulls first. */
    public static final Comparator<UsageTotal> ORDER = Comparator.comparing(
                    UsageTotal::key, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(UsageTotal::provider, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(UsageTotal::model, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(UsageTotal::day, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));

    public UsageTotal {
        cost = cost == null ? null : cost.stripTrailingZeros();
    }

    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
