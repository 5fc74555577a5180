package dev.switchboard.domain.usage;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which records to total, and by what.
 *
 * @param from the first instant included
 * @param to the first instant excluded; after {@code from}
 * @param groupBy the groupings; none gives one grand total
 */
public record UsageQuery(Instant from, Instant to, Set<UsageGrouping> groupBy) {

    public UsageQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) throw new IllegalArgumentException("to must be after from");
        groupBy = groupBy.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groupBy));
    }

    public boolean groups(UsageGrouping grouping) {
        return groupBy.contains(grouping);
    }

    /** Whether {@code record} falls in the time range. */
    public boolean covers(UsageRecord record) {
        return !record.at().isBefore(from) && record.at().isBefore(to);
    }
}
