package dev.switchboard.adapters.http;

import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.telemetry.KeyEvent;
import dev.switchboard.domain.usage.UsageRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
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

    RequestMetrics(MeterRegistry registry, int maxModels, int maxKeys) {
        this.registry = registry;
        this.models = new LabelLimit(maxModels);
        this.keys = new LabelLimit(maxKeys);
    }

    /** Counts one request that ended, as the usage ledger recorded it. */
    void ended(UsageRecord record) {
        String endpoint = record.endpoint().wireName();
        String provider = record.provider() == null ? LabelLimit.NONE : record.provider();
        String model = models.of(record.model());
        String streaming = Boolean.toString(record.streaming());
        Counter.builder("switchboard.requests")
                .description("Requests answered, by endpoint, provider, model, HTTP status and streaming")
                .tags("endpoint", endpoint, "provider", provider, "model", model)
                .tags("status", Integer.toString(record.status()), "streaming", streaming)
                .register(registry)
                .increment();
        if (record.failure() != null) {
            Counter.builder("switchboard.request.errors")
                    .description("Requests that failed, by the failure's kind")
                    .tags("endpoint", endpoint, "provider", provider, "model", model, "kind", record.failure())
                    .register(registry)
                    .increment();
        }
        timer("switchboard.request.duration", "The whole request, arrival to end", LATENCY)
                .tags("endpoint", endpoint, "provider", provider, "model", model, "streaming", streaming)
                .register(registry)
                .record(record.latency());
        if (record.timeToFirstToken() != null) {
            timer("switchboard.time.to.first.token", "A stream's arrival to its first content event", LATENCY)
                    .tags("provider", provider, "model", model)
                    .register(registry)
                    .record(record.timeToFirstToken());
        }
        timer("switchboard.gateway.overhead", "The gateway's own time, upstream time excluded", OVERHEAD)
                .tags("endpoint", endpoint)
                .register(registry)
                .record(record.overhead());
        tokens(provider, model, record.usage());
        if (record.cost() != null) {
            Counter.builder("switchboard.cost")
                    .description("Cost at list price")
                    .baseUnit("usd")
                    .tags("provider", provider, "model", model)
                    .register(registry)
                    .increment(record.cost().doubleValue());
        }
    }

    /** Counts one upstream call that ended: {@code failure} null when it succeeded. */
    void upstream(String provider, String model, @Nullable String failure, Duration took) {
        String outcome = failure == null ? "ok" : failure;
        Counter.builder("switchboard.upstream.calls")
                .description("Calls to providers, every key, retry and fallback included, by outcome")
                .tags("provider", provider, "model", models.of(model), "outcome", outcome)
                .register(registry)
                .increment();
        timer("switchboard.upstream.duration", "A provider call, until its answer or first event", LATENCY)
                .tags("provider", provider)
                .register(registry)
                .record(took);
    }

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

    private void tokens(String provider, String model, Usage usage) {
        count(provider, model, "prompt", usage.promptTokens());
        count(provider, model, "completion", usage.completionTokens());
        count(provider, model, "cached", usage.cachedTokens());
        count(provider, model, "reasoning", usage.reasoningTokens());
    }

    private void count(String provider, String model, String type, long tokens) {
        if (tokens <= 0) return;
        Counter.builder("switchboard.tokens")
                .description("Tokens used; prompt includes cached, completion includes reasoning")
                .tags("provider", provider, "model", model, "type", type)
                .register(registry)
                .increment(tokens);
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
