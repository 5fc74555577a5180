package dev.switchboard.adapters.http;

import dev.switchboard.application.Operations;
import dev.switchboard.application.ProviderStatus;
import dev.switchboard.application.ReadUsage;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /metrics}: every metric in Prometheus's text format, or OpenMetrics when the scraper asks for it. Each
 * scrape first reads the providers' state (health, in-flight calls, circuits by state), which the gateway keeps in
 * memory, so a scrape never calls a provider; the usage ledger's queue (records waiting, records lost) is read too.
 */
final class MetricsEndpoint {

    static final String PATH = "/metrics";

    private static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";
    private static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final Operations operations;
    private final MultiGauge healthy;
    private final MultiGauge inFlight;
    private final MultiGauge circuits;

    MetricsEndpoint(PrometheusMeterRegistry registry, Operations operations, ReadUsage usage) {
        this.registry = registry;
        this.operations = operations;
        Gauge.builder("switchboard.usage.pending", usage, ReadUsage::pending)
                .description("Usage records waiting to be written to the ledger (written every second)")
                .register(registry);
        FunctionCounter.builder("switchboard.usage.dropped", usage, ReadUsage::dropped)
                .description("Usage records lost because the queue was full (the ledger was slow or down)")
                .register(registry);
        this.healthy = MultiGauge.builder("switchboard.provider.healthy")
                .description("1 when the provider's latest health check passed, else 0")
                .register(registry);
        this.inFlight = MultiGauge.builder("switchboard.provider.in.flight")
                .description("Calls in flight to the provider")
                .register(registry);
        this.circuits = MultiGauge.builder("switchboard.circuits")
                .description("The provider's model circuits, by state (closed, open, half_open, ...)")
                .register(registry);
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, this::scrape);
    }

    private void scrape(Context ctx) {
        readProviders();
        @Nullable String accept = ctx.header("Accept");
        String type = accept != null && accept.contains("application/openmetrics-text") ? OPEN_METRICS : PROMETHEUS;
        ctx.contentType(type).result(registry.scrape(type));
    }

    private void readProviders() {
        List<ProviderStatus> providers = operations.providers();
        var health = new ArrayList<MultiGauge.Row<?>>();
        var flight = new ArrayList<MultiGauge.Row<?>>();
        var states = new ArrayList<MultiGauge.Row<?>>();
        for (ProviderStatus provider : providers) {
            Tags tags = Tags.of("provider", provider.id().value());
            health.add(MultiGauge.Row.of(tags, provider.healthy() ? 1 : 0));
            flight.add(MultiGauge.Row.of(tags, provider.inFlight()));
            Map<String, Integer> byState = new TreeMap<>(Map.of("closed", 0, "open", 0, "half_open", 0));
            provider.circuits().forEach(circuit -> byState.merge(circuit.state(), 1, Integer::sum));
            byState.forEach((state, count) -> states.add(MultiGauge.Row.of(tags.and("state", state), count)));
        }
        healthy.register(health, true);
        inFlight.register(flight, true);
        circuits.register(states, true);
    }
}
