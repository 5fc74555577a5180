package dev.switchboard.application;

import dev.switchboard.domain.model.ProviderId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an operator sees of one provider: its health, the circuits of its models, its concurrency limit and its model
 * list.
 *
 * @param id the provider's id
 * @param type its configuration type
 * @param healthy whether its latest health check passed
 * @param healthDetail what the check saw, never a secret
 * @param checkedAt when the check ran
 * @param checkLatency how long it took
 * @param circuits the circuit of each model called so far
 * @param maxConcurrent the most calls in flight to it
 * @param inFlight the calls in flight now
 * @param catalogue where its model list comes from, and whether the last listing failed
 */
public record ProviderStatus(
        ProviderId id,
        String type,
        boolean healthy,
        String healthDetail,
        Instant checkedAt,
        Duration checkLatency,
        List<Circuit> circuits,
        int maxConcurrent,
        int inFlight,
        CatalogEntry catalogue) {

    public ProviderStatus {
        Objects.requireNonNull(id, "id");
        circuits = List.copyOf(circuits);
    }

    /**
     * One model's circuit breaker.
     *
     * @param model {@code provider/model}
     * @param state {@code closed}, {@code open}, {@code half_open} (or another resilience4j state, lower case)
     * @param failureRate the share of failed calls in the window, in percent; -1 until enough calls were made
     * @param calls the calls in the window
     * @param refused the calls refused while the circuit was open
     */
    public record Circuit(String model, String state, float failureRate, int calls, long refused) {}
}
