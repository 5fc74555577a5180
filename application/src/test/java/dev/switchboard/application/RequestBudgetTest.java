package dev.switchboard.application;

import static dev.switchboard.application.Chains.chain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One time budget for the whole request, across retries and fallback targets. */
class RequestBudgetTest {

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private Gateway gateway;

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void a_backoff_longer_than_the_requests_budget_is_not_waited_for() {
        var retry = new ResilienceSettings.Retry(5, Duration.ofSeconds(5), 1, 0, Duration.ofSeconds(5));
        start(Duration.ofSeconds(2), Chains.resilience(retry, Chains.neverOpens(), 256, Duration.ofMillis(100)));
        factory.provider("primary").failWith(Chains.unavailable());
        var context = RequestContext.of("r1");
        long started = System.nanoTime();

        gateway.chat(ChatRequests.userSays("model", "hi"), context);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("secondary", "m"));
        assertThat(factory.provider("primary").calls(FakeCall.Chat.class)).hasSize(1);
    }

    @Test
    void a_slow_failure_leaves_the_next_target_only_what_is_left_of_the_budget() {
        start(Duration.ofMillis(1500), Chains.quick(1));
        factory.provider("primary").replyWith(request -> {
            sleep(Duration.ofMillis(700));
            throw Chains.timeout();
        });

        gateway.chat(ChatRequests.userSays("model", "hi"), RequestContext.of("r1"));

        assertThat(factory.provider("primary").calls().getFirst().context().timeout())
                .isEqualTo(Duration.ofMillis(1500));
        assertThat(factory.provider("secondary").calls().getFirst().context().timeout())
                .isLessThan(Duration.ofMillis(801))
                .isPositive();
    }

    @Test
    void a_request_whose_budget_is_spent_is_not_sent_to_the_next_target() {
        start(Duration.ofMillis(300), Chains.quick(3));
        factory.provider("primary").replyWith(request -> {
            sleep(Duration.ofMillis(400));
            throw Chains.timeout();
        });

        var failure = failure("model");

        assertThat(failure).isEqualTo(new ProviderFailure.Timeout("the request's time budget is spent"));
        assertThat(factory.provider("primary").calls()).hasSize(1);
        assertThat(factory.provider("secondary").calls()).isEmpty();
    }

    @Test
    void a_target_skipped_for_lack_of_time_is_not_held_against_its_circuit() {
        start(Duration.ofMillis(300), Chains.quick(1));
        factory.provider("primary").replyWith(request -> {
            sleep(Duration.ofMillis(400));
            throw Chains.timeout();
        });

        var unused = failure("model");

        assertThat(gateway.operations().providers().get(1).circuits())
                .allSatisfy(circuit -> assertThat(circuit.calls()).isZero());
    }

    private void start(Duration budget, ResilienceSettings resilience) {
        gateway = Setups.start(
                new GatewaySettings(Setups.settings(factory, "primary", "secondary"), List.of(), Map.of(), budget, null)
                        .withRoutes(List.of(chain("model", "primary/m", "secondary/m")))
                        .withResilience(resilience),
                factory);
    }

    private ProviderFailure failure(String model) {
        return catchThrowableOfType(
                        ProviderException.class,
                        () -> gateway.chat(ChatRequests.userSays(model, "hi"), RequestContext.of("r1")))
                .failure();
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
