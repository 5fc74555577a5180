package dev.switchboard.application;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.List;
import java.util.Locale;

/** Tells an operator how each provider is doing: health, circuits, concurrency and catalogue. */
final class DescribeProviders {

    private final ProviderDirectory directory;
    private final ProviderHealth health;
    private final Resilience resilience;
    private final ModelCatalog catalog;

    DescribeProviders(ProviderDirectory directory, ProviderHealth health, Resilience resilience, ModelCatalog catalog) {
        this.directory = directory;
        this.health = health;
        this.resilience = resilience;
        this.catalog = catalog;
    }

    /** Every provider, in configuration order. */
    List<ProviderStatus> describe() {
        return directory.all().stream().map(this::status).toList();
    }

    private ProviderStatus status(ProviderEntry provider) {
        ProviderHealth.Checked checked = health.latest(provider);
        Bulkhead bulkhead = resilience.bulkhead(provider.id());
        int max = bulkhead.getBulkheadConfig().getMaxConcurrentCalls();
        CatalogEntry catalogue = catalog.entry(provider.id());
        return new ProviderStatus(
                provider.id(),
                provider.type(),
                checked.health().up(),
                checked.health().detail(),
                checked.at(),
                checked.health().latency(),
                resilience.breakers(provider.id()).stream()
                        .map(DescribeProviders::circuit)
                        .toList(),
                max,
                max - bulkhead.getMetrics().getAvailableConcurrentCalls(),
                catalogue);
    }

    private static ProviderStatus.Circuit circuit(CircuitBreaker breaker) {
        CircuitBreaker.Metrics metrics = breaker.getMetrics();
        return new ProviderStatus.Circuit(
                breaker.getName(),
                breaker.getState().name().toLowerCase(Locale.ROOT),
                metrics.getFailureRate(),
                metrics.getNumberOfBufferedCalls(),
                metrics.getNumberOfNotPermittedCalls());
    }
}
