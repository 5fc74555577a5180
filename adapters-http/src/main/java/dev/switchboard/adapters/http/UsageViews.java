package dev.switchboard.adapters.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.usage.UsageGrouping;
import dev.switchboard.domain.usage.UsageQuery;
import dev.switchboard.domain.usage.UsageTotal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Usage totals as the admin API shows them: JSON in OpenAI's list shape, or CSV with a header line. Only the
 * groupings asked for appear; a cost is in US dollars, written in plain decimal, and empty (null) when no record of
 * the group had a known price.
 */
final class UsageViews {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final List<String> SUMS = List.of(
            "requests",
            "failures",
            "prompt_tokens",
            "completion_tokens",
            "cached_tokens",
            "reasoning_tokens",
            "total_tokens",
            "cost_usd",
            "unpriced_requests");

    private UsageViews() {}

    static byte[] json(UsageQuery query, List<UsageTotal> totals) {
        ObjectNode list = JSON.createObjectNode().put("object", "list");
        list.put("from", query.from().toString()).put("to", query.to().toString());
        ArrayNode groups = list.putArray("group_by");
        groupings(query).forEach(g -> groups.add(name(g)));
        ArrayNode data = list.putArray("data");
        for (UsageTotal total : totals) {
            ObjectNode row = data.addObject().put("object", "usage.total");
            for (UsageGrouping grouping : groupings(query)) row.put(name(grouping), group(total, grouping));
            row.put("requests", total.requests())
                    .put("failures", total.failures())
                    .put("prompt_tokens", total.promptTokens())
                    .put("completion_tokens", total.completionTokens())
                    .put("cached_tokens", total.cachedTokens())
                    .put("reasoning_tokens", total.reasoningTokens())
                    .put("total_tokens", total.totalTokens())
                    .put("cost_usd", total.cost())
                    .put("unpriced_requests", total.unpriced());
        }
        try {
            return JSON.writeValueAsBytes(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("usage totals could not be written", e);
        }
    }

    static String csv(UsageQuery query, List<UsageTotal> totals) {
        var out = new StringBuilder();
        List<String> header = new ArrayList<>();
        groupings(query).forEach(g -> header.add(name(g)));
        header.addAll(SUMS);
        out.append(String.join(",", header)).append("\r\n");
        for (UsageTotal total : totals) {
            List<String> cells = new ArrayList<>();
            for (UsageGrouping grouping : groupings(query)) cells.add(cell(group(total, grouping)));
            for (long sum : new long[] {
                total.requests(),
                total.failures(),
                total.promptTokens(),
                total.completionTokens(),
                total.cachedTokens(),
                total.reasoningTokens(),
                total.totalTokens()
            }) {
                cells.add(Long.toString(sum));
            }
            cells.add(total.cost() == null ? "" : total.cost().toPlainString());
            cells.add(Long.toString(total.unpriced()));
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    private static List<UsageGrouping> groupings(UsageQuery query) {
        List<UsageGrouping> asked = new ArrayList<>();
        for (UsageGrouping grouping : UsageGrouping.values()) {
            if (query.groups(grouping)) asked.add(grouping);
        }
        return asked;
    }

    private static String name(UsageGrouping grouping) {
        return grouping.name().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String group(UsageTotal total, UsageGrouping grouping) {
        return switch (grouping) {
            case KEY -> total.key();
            case PROVIDER -> total.provider();
            case MODEL -> total.model();
            case DAY -> total.day() == null ? null : total.day().toString();
        };
    }

    /**
     * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A value that a spreadsheet would
     * take for a formula (a model name the client chose, say) is prefixed with {@code '}.
     */
    static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) return "";
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
