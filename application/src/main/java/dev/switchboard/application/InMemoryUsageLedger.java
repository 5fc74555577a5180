package dev.switchboard.application;

import dev.switchboard.domain.usage.UsageGrouping;
import dev.switchboard.domain.usage.UsageLedger;
import dev.switchboard.domain.usage.UsageQuery;
import dev.switchboard.domain.usage.UsageRecord;
import dev.switchboard.domain.usage.UsageTotal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/** A {@link UsageLedger} in memory, for a gateway without a database: it grows until the process ends. Thread-safe. */
final class InMemoryUsageLedger implements UsageLedger {

    private final ReentrantLock lock = new ReentrantLock();
    private final List<UsageRecord> records = new ArrayList<>();

    @Override
    public void append(List<UsageRecord> batch) {
        lock.lock();
        try {
            records.addAll(batch);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<UsageRecord> records(Instant from, Instant to, int limit) {
        return snapshot().stream()
                .filter(r -> !r.at().isBefore(from) && r.at().isBefore(to))
                .sorted(Comparator.comparing(UsageRecord::at))
                .limit(limit)
                .toList();
    }

    @Override
    public List<UsageTotal> totals(UsageQuery query) {
        Map<List<@Nullable Object>, List<UsageRecord>> groups = new LinkedHashMap<>();
        for (UsageRecord record : snapshot()) {
            if (query.covers(record))
                groups.computeIfAbsent(key(query, record), _ -> new ArrayList<>())
                        .add(record);
        }
        return groups.values().stream()
                .map(group -> total(query, group))
                .sorted(UsageTotal.ORDER)
                .toList();
    }

    private List<UsageRecord> snapshot() {
        lock.lock();
        try {
            return List.copyOf(records);
        } finally {
            lock.unlock();
        }
    }

    private static List<@Nullable Object> key(UsageQuery query, UsageRecord record) {
        return Arrays.asList(
                query.groups(UsageGrouping.KEY) ? record.client() : null,
                query.groups(UsageGrouping.PROVIDER) ? record.provider() : null,
                query.groups(UsageGrouping.MODEL) ? record.model() : null,
                query.groups(UsageGrouping.DAY) ? day(record) : null);
    }

    private static LocalDate day(UsageRecord record) {
        return LocalDate.ofInstant(record.at(), ZoneOffset.UTC);
    }

    private static UsageTotal total(UsageQuery query, List<UsageRecord> group) {
        UsageRecord first = group.getFirst();
        @Nullable BigDecimal cost = null;
        long unpriced = 0;
        for (UsageRecord record : group) {
            if (record.cost() == null) {
                unpriced++;
            } else {
                cost = cost == null ? record.cost() : cost.add(record.cost());
            }
        }
        return new UsageTotal(
                query.groups(UsageGrouping.KEY) ? first.client() : null,
                query.groups(UsageGrouping.PROVIDER) ? first.provider() : null,
                query.groups(UsageGrouping.MODEL) ? first.model() : null,
                query.groups(UsageGrouping.DAY) ? day(first) : null,
                group.size(),
                group.stream().filter(r -> !r.succeeded()).count(),
                group.stream().mapToLong(r -> r.usage().promptTokens()).sum(),
                group.stream().mapToLong(r -> r.usage().completionTokens()).sum(),
                group.stream().mapToLong(r -> r.usage().cachedTokens()).sum(),
                group.stream().mapToLong(r -> r.usage().reasoningTokens()).sum(),
                cost,
                unpriced);
    }
}
