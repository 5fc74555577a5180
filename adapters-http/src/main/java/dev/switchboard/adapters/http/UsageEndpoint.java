package dev.switchboard.adapters.http;

import dev.switchboard.application.ReadUsage;
import dev.switchboard.domain.usage.UsageGrouping;
import dev.switchboard.domain.usage.UsageQuery;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /admin/usage}: usage totals from the ledger, grouped by any of {@code key}, {@code provider},
 * {@code model} and {@code day} ({@code group_by=provider,model}), over {@code [from, to)} (ISO-8601 instants; by
 * default the last 30 days), as JSON or, with {@code format=csv} or {@code Accept: text/csv}, as CSV. Admin keys only.
 */
final class UsageEndpoint {

    /** The range when the request names none. */
    static final Duration DEFAULT_RANGE = Duration.ofDays(30);

    private final ReadUsage usage;
    private final Guards guards;
    private final Clock clock;

    UsageEndpoint(ReadUsage usage, Guards guards, Clock clock) {
        this.usage = usage;
        this.guards = guards;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.get("/admin/usage", this::totals);
    }

    private void totals(Context ctx) {
        guards.requireAdminKey(ctx);
        UsageQuery query = query(ctx);
        var totals = usage.totals(query);
        if (wantsCsv(ctx)) {
            ctx.status(200).contentType("text/csv; charset=utf-8").result(UsageViews.csv(query, totals));
        } else {
            ctx.status(200).contentType("application/json").result(UsageViews.json(query, totals));
        }
    }

    private UsageQuery query(Context ctx) {
        Instant to = instant(ctx.queryParam("to"), "to", clock.instant());
        Instant from = instant(ctx.queryParam("from"), "from", to.minus(DEFAULT_RANGE));
        if (!to.isAfter(from)) throw new IllegalArgumentException("to must be after from");
        return new UsageQuery(from, to, groupings(ctx.queryParam("group_by")));
    }

    private static Set<UsageGrouping> groupings(@Nullable String text) {
        var groupings = EnumSet.noneOf(UsageGrouping.class);
        if (text == null || text.isBlank()) return groupings;
        for (String name : text.split(",", -1)) groupings.add(UsageGrouping.parse(name));
        return groupings;
    }

    private static Instant instant(@Nullable String text, String name, Instant otherwise) {
        if (text == null || text.isBlank()) return otherwise;
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 instant such as 2026-03-01T00:00:00Z", e);
        }
    }

    private static boolean wantsCsv(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new IllegalArgumentException("format must be json or csv");
            };
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/csv");
    }
}
