package dev.switchboard.adapters.http;

import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.telemetry.KeyEvent;
import dev.switchboard.domain.usage.UsageRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The gateway's request metrics, in Micrometer: requests and errors, latency, time to first token and the gateway's
 * own overhead as histograms, tokens and cost, upstream calls, and key rotation events. Labels are bounded: endpoint,
 * status, failure kind and event are closed sets, providers come from the configuration, and models and keys pass
 * through a {@link LabelLimit}. No label ever holds a secret or a request's content. Thread-safe.
 */
final class RequestMetrics {

    /** Latency buckets from 5 ms to 2 minutes: model calls take from milliseconds (embeddings) to minutes. */
    private static final Duration[] LATENCY =
            durations(5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000, 60_000, 120_000);

    /** Overhead buckets from 50 us to 100 ms: the gateway's own time should sit in the lowest. */
    private static final Duration[] OVERHEAD = {
        Duration.ofNanos(50_000), Duration.ofNanos(100_000), Duration.ofNanos(250_000), Duration.ofNanos(500_000),
        Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
        Duration.ofMillis(25), Duration.ofMillis(100)
    };

    private final MeterRegistry registry;
    private final LabelLimit models;
    private final LabelLimit keys;
    private final Map<Series, Meters> bySeries = new ConcurrentHashMap<>();
    private final Map<Call, Counter> calls = new ConcurrentHashMap<>();
    private final Map<String, Timer> upstreamTimes = new ConcurrentHashMap<>();

    RequestMetrics(MeterRegistry registry, int maxModels, int maxKeys) {
        this.registry = registry;
        this.models = new LabelLimit(maxModels);
        this.keys = new LabelLimit(maxKeys);
    }

    /** Counts one request that ended, as the usage ledger recorded it. */
    void ended(UsageRecord record) {
        String provider = record.provider() == null ? LabelLimit.NONE : record.provider();
        var series = new Series(record.endpoint().wireName(), provider, models.of(record.model()), record.streaming());
        Meters meters = bySeries.computeIfAbsent(series, this::meters);
        meters.outcome(record.status(), record.failure()).increment();
        meters.duration().record(record.latency());
        if (record.timeToFirstToken() != null) meters.firstToken().record(record.timeToFirstToken());
        meters.overhead().record(record.overhead());
        Usage usage = record.usage();
        count(meters.prompt(), usage.promptTokens());
        count(meters.completion(), usage.completionTokens());
        count(meters.cached(), usage.cachedTokens());
        count(meters.reasoning(), usage.reasoningTokens());
        if (record.cost() != null) meters.cost().increment(record.cost().doubleValue());
    }

    /** The labels every meter of a request shares; its meters are made once per series and then looked up. */
    private record Series(String endpoint, String provider, String model, boolean streaming) {}

    /** One series' meters; the counters by status and failure are made as those come. */
    private record Meters(
            Series series,
            Map<Integer, Counter> byStatus,
            Map<String, Counter> byFailure,
            Timer duration,
            Timer firstToken,
            Timer overhead,
            Counter prompt,
            Counter completion,
            Counter cached,
            Counter reasoning,
            Counter cost,
            MeterRegistry registry) {

        Counter outcome(int status, @Nullable String failure) {
            if (failure != null) {
                byFailure
                        .computeIfAbsent(
                                failure,
                                kind -> Counter.builder("switchboard.request.errors")
                                        .description("Requests that failed, by the failure's kind")
                                        .tags(base(series))
                                        .tags("model", series.model(), "kind", kind)
                                        .register(registry))
                        .increment();
            }
            return byStatus.computeIfAbsent(
                    status,
                    code -> Counter.builder("switchboard.requests")
                            .description("Requests answered, by endpoint, provider, model, HTTP status and streaming")
                            .tags(base(series))
                            .tags("model", series.model(), "status", Integer.toString(code))
                            .tags("streaming", Boolean.toString(series.streaming()))
                            .register(registry));
        }
    }

    private Meters meters(Series series) {
        String streaming = Boolean.toString(series.streaming());
        return new Meters(
                series,
                new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>(),
                timer("switchboard.request.duration", "The whole request, arrival to end", LATENCY)
                        .tags(base(series))
                        .tags("model", series.model(), "streaming", streaming)
                        .register(registry),
                timer("switchboard.time.to.first.token", "A stream's arrival to its first content event", LATENCY)
                        .tags("provider", series.provider(), "model", series.model())
                        .register(registry),
                timer("switchboard.gateway.overhead", "The gateway's own time, upstream time excluded", OVERHEAD)
                        .tags("endpoint", series.endpoint())
                        .register(registry),
                tokens(series, "prompt"),
                tokens(series, "completion"),
                tokens(series, "cached"),
                tokens(series, "reasoning"),
                Counter.builder("switchboard.cost")
                        .description("Cost at list price")
                        .baseUnit("usd")
                        .tags("provider", series.provider(), "model", series.model())
                        .register(registry),
                registry);
    }

    private static String[] base(Series series) {
        return new String[] {"endpoint", series.endpoint(), "provider", series.provider()};
    }

    /** Counts one upstream call that ended: {@code failure} null when it succeeded. */
    void upstream(String provider, String model, @Nullable String failure, Duration took) {
        var call = new Call(provider, models.of(model), failure == null ? "ok" : failure);
        calls.computeIfAbsent(
                        call,
                        c -> Counter.builder("switchboard.upstream.calls")
                                .description("Calls to providers, every key, retry and fallback included, by outcome")
                                .tags("provider", c.provider(), "model", c.model(), "outcome", c.outcome())
                                .register(registry))
                .increment();
        upstreamTimes
                .computeIfAbsent(
                        provider,
                        p -> timer(
                                        "switchboard.upstream.duration",
                                        "A provider call, until its answer or first event",
                                        LATENCY)
                                .tags("provider", p)
                                .register(registry))
                .record(took);
    }

    private record Call(String provider, String model, String outcome) {}

    /** Counts a key rotation event. */
    void key(KeyEvent event) {
        Counter.builder("switchboard.key.events")
                .description("What key rotation did to keys: skipped, cooled_down, disabled, recovered")
                .tags(
                        "provider",
                        event.provider().value(),
                        "key",
                        keys.of(event.profile().value()))
                .tags("event", event.kind().name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }

    private Counter tokens(Series series, String type) {
        return Counter.builder("switchboard.tokens")
                .description("Tokens used; prompt includes cached, completion includes reasoning")
                .tags("provider", series.provider(), "model", series.model(), "type", type)
                .register(registry);
    }

    private static void count(Counter counter, int tokens) {
        if (tokens > 0) counter.increment(tokens);
    }

    private static Timer.Builder timer(String name, String description, Duration[] buckets) {
        return Timer.builder(name).description(description).serviceLevelObjectives(buckets);
    }

    private static Duration[] durations(long... millis) {
        var durations = new Duration[millis.length];
        for (int i = 0; i < millis.length; i++) durations[i] = Duration.ofMillis(millis[i]);
        return durations;
    }
}
