package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.usage.UsageGrouping;
import dev.switchboard.domain.usage.UsageQuery;
import dev.switchboard.domain.usage.UsageTotal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code GROUP BY} query behind {@link JdbiUsageLedger#totals}: the grouped columns come from a fixed table, never
 * from the caller's text, so the statement cannot be injected into.
 */
final class UsageTotals {

    private static final Map<UsageGrouping, String> COLUMNS = Map.of(
            UsageGrouping.KEY, "client",
            UsageGrouping.PROVIDER, "provider",
            UsageGrouping.MODEL, "model",
            UsageGrouping.DAY, "usage_day");

    private static final String SUMS = "COUNT(*) AS requests,"
            + " COALESCE(SUM(CASE WHEN failure IS NULL THEN 0 ELSE 1 END), 0) AS failures,"
            + " COALESCE(SUM(prompt_tokens), 0) AS prompt_tokens,"
            + " COALESCE(SUM(completion_tokens), 0) AS completion_tokens,"
            + " COALESCE(SUM(cached_tokens), 0) AS cached_tokens,"
            + " COALESCE(SUM(reasoning_tokens), 0) AS reasoning_tokens,"
            + " SUM(cost) AS cost,"
            + " COALESCE(SUM(CASE WHEN cost IS NULL THEN 1 ELSE 0 END), 0) AS unpriced";

    private UsageTotals() {}

    /** The statement for {@code query}; it binds {@code :from} and {@code :to}. */
    static String sql(UsageQuery query) {
        List<String> grouped = new ArrayList<>();
        for (UsageGrouping grouping : UsageGrouping.values()) {
            if (query.groups(grouping)) grouped.add(COLUMNS.get(grouping));
        }
        String select = grouped.isEmpty() ? SUMS : String.join(", ", grouped) + ", " + SUMS;
        String sql = "SELECT " + select + " FROM usage_record WHERE recorded_at >= :from AND recorded_at < :to";
        return grouped.isEmpty() ? sql : sql + " GROUP BY " + String.join(", ", grouped);
    }

    static UsageTotal total(ResultSet rs, UsageQuery query) throws SQLException {
        Date day = query.groups(UsageGrouping.DAY) ? rs.getDate("usage_day") : null;
        return new UsageTotal(
                query.groups(UsageGrouping.KEY) ? rs.getString("client") : null,
                query.groups(UsageGrouping.PROVIDER) ? rs.getString("provider") : null,
                query.groups(UsageGrouping.MODEL) ? rs.getString("model") : null,
                day == null ? null : day.toLocalDate(),
                rs.getLong("requests"),
                rs.getLong("failures"),
                rs.getLong("prompt_tokens"),
                rs.getLong("completion_tokens"),
                rs.getLong("cached_tokens"),
                rs.getLong("reasoning_tokens"),
                rs.getBigDecimal("cost"),
                rs.getLong("unpriced"));
    }
}
