package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.usage.Endpoint;
import dev.switchboard.domain.usage.UsageLedger;
import dev.switchboard.domain.usage.UsageQuery;
import dev.switchboard.domain.usage.UsageRecord;
import dev.switchboard.domain.usage.UsageTotal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;

/**
 * {@link UsageLedger} on the {@code usage_record} table: a batch is one JDBC statement batch in one transaction; totals
 * are computed by the database ({@link UsageTotals}). Durations keep microseconds.
 */
final class JdbiUsageLedger implements UsageLedger {

    private static final String COLUMNS = "recorded_at, usage_day, request_id, client, provider, model, profile,"
            + " endpoint, streaming, status, failure, prompt_tokens, completion_tokens, cached_tokens,"
            + " reasoning_tokens, estimated, latency_us, first_token_us, overhead_us, cost";
    private static final String INSERT = "INSERT INTO usage_record (" + COLUMNS + ") VALUES (:at, :day, :requestId,"
            + " :client, :provider, :model, :profile, :endpoint, :streaming, :status, :failure, :prompt, :completion,"
            + " :cached, :reasoning, :estimated, :latency, :firstToken, :overhead, :cost)";

    private final Jdbi jdbi;

    JdbiUsageLedger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void append(List<UsageRecord> records) {
        if (records.isEmpty()) return;
        jdbi.useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch(INSERT);
            for (UsageRecord record : records) bind(batch, record).add();
            batch.execute();
        });
    }

    @Override
    public List<UsageRecord> records(Instant from, Instant to, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM usage_record"
                        + " WHERE recorded_at >= :from AND recorded_at < :to ORDER BY recorded_at, id")
                .bind("from", Columns.timestamp(from))
                .bind("to", Columns.timestamp(to))
                .setMaxRows(limit)
                .map((rs, ctx) -> record(rs))
                .list());
    }

    @Override
    public List<UsageTotal> totals(UsageQuery query) {
        return jdbi.withHandle(handle -> handle
                .createQuery(UsageTotals.sql(query))
                .bind("from", Columns.timestamp(query.from()))
                .bind("to", Columns.timestamp(query.to()))
                .map((rs, ctx) -> UsageTotals.total(rs, query))
                .list()
                .stream()
                .filter(total -> total.requests() > 0)
                .sorted(UsageTotal.ORDER)
                .toList());
    }

    private static PreparedBatch bind(PreparedBatch batch, UsageRecord record) {
        Usage usage = record.usage();
        return batch.bind("at", Columns.timestamp(record.at()))
                .bind("day", LocalDate.ofInstant(record.at(), ZoneOffset.UTC))
                .bind("requestId", record.requestId())
                .bind("client", record.client())
                .bind("provider", record.provider())
                .bind("model", record.model())
                .bind("profile", record.profile())
                .bind("endpoint", record.endpoint().wireName())
                .bind("streaming", record.streaming())
                .bind("status", record.status())
                .bind("failure", record.failure())
                .bind("prompt", usage.promptTokens())
                .bind("completion", usage.completionTokens())
                .bind("cached", usage.cachedTokens())
                .bind("reasoning", usage.reasoningTokens())
                .bind("estimated", usage.estimated())
                .bind("latency", micros(record.latency()))
                .bind("firstToken", record.timeToFirstToken() == null ? null : micros(record.timeToFirstToken()))
                .bind("overhead", micros(record.overhead()))
                .bind("cost", record.cost());
    }

    private static UsageRecord record(ResultSet rs) throws SQLException {
        return new UsageRecord(
                Columns.requiredInstant(rs, "recorded_at"),
                rs.getString("request_id"),
                rs.getString("client"),
                rs.getString("provider"),
                rs.getString("model"),
                rs.getString("profile"),
                Endpoint.fromWireName(rs.getString("endpoint")),
                rs.getBoolean("streaming"),
                rs.getInt("status"),
                rs.getString("failure"),
                new Usage(
                        rs.getInt("prompt_tokens"),
                        rs.getInt("completion_tokens"),
                        rs.getInt("cached_tokens"),
                        rs.getInt("reasoning_tokens"),
                        rs.getBoolean("estimated")),
                duration(rs.getLong("latency_us")),
                nullableDuration(rs, "first_token_us"),
                duration(rs.getLong("overhead_us")),
                rs.getBigDecimal("cost"));
    }

    private static long micros(Duration duration) {
        return duration.toNanos() / 1000;
    }

    private static Duration duration(long micros) {
        return Duration.of(micros, ChronoUnit.MICROS);
    }

    private static @Nullable Duration nullableDuration(ResultSet rs, String column) throws SQLException {
        long micros = rs.getLong(column);
        return rs.wasNull() ? null : duration(micros);
    }
}
