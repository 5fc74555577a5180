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

/** A circuit per provider and model, opened by failures and half-opened by the gateway's clock. */
class CircuitBreakerTest {

    private static final ProviderFailure OPEN =
            new ProviderFailure.Unavailable(503, "the circuit of primary/m is open after repeated failures");

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final ManualClock clock = new ManualClock();
    private Gateway gateway;

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void opens_after_the_share_of_failures_reaches_the_threshold_and_then_refuses_without_a_call() {
        start(1);
        factory.provider("primary").failWith(Chains.unavailable());

        assertThat(failure("primary/m")).isEqualTo(Chains.unavailable().failure());
        assertThat(circuit().state()).isEqualTo("closed");
        assertThat(failure("primary/m")).isEqualTo(Chains.unavailable().failure());
        assertThat(failure("primary/m")).isEqualTo(OPEN);

        assertThat(factory.provider("primary").calls(FakeCall.Chat.class)).hasSize(2);
        assertThat(circuit()).isEqualTo(new ProviderStatus.Circuit("primary/m", "open", 100f, 2, 1));
    }

    @Test
    void an_open_circuit_moves_a_chain_to_its_next_target() {
        start(1);
        factory.provider("primary").failWith(Chains.unavailable());
        failure("primary/m");
        failure("primary/m");
        var context = RequestContext.of("r1");

        gateway.chat(ChatRequests.userSays("model", "hi"), context);

        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("secondary", "m"));
        assertThat(context.trace().attempts()).isEqualTo(1);
        assertThat(factory.provider("primary").calls(FakeCall.Chat.class)).hasSize(2);
    }

    @Test
    void half_opens_once_the_open_time_has_passed_on_the_gateways_clock_and_closes_after_successes() {
        start(2);
        factory.provider("primary").failWith(Chains.unavailable());
        failure("primary/m");
        failure("primary/m");
        factory.provider("primary").succeed();

        clock.advance(Duration.ofSeconds(29));
        assertThat(failure("primary/m")).isEqualTo(OPEN);
        clock.advance(Duration.ofSeconds(2));
        gateway.chat(ChatRequests.userSays("primary/m", "hi"), RequestContext.of("r1"));

        assertThat(circuit().state()).isEqualTo("half_open");
        gateway.chat(ChatRequests.userSays("primary/m", "hi"), RequestContext.of("r2"));
        assertThat(circuit().state()).isEqualTo("closed");
        assertThat(factory.provider("primary").calls(FakeCall.Chat.class)).hasSize(4);
    }

    @Test
    void a_failure_while_half_open_opens_the_circuit_again() {
        start(1);
        factory.provider("primary").failWith(Chains.unavailable());
        failure("primary/m");
        failure("primary/m");

        clock.advance(Duration.ofSeconds(31));
        assertThat(failure("primary/m")).isEqualTo(Chains.unavailable().failure());

        assertThat(circuit().state()).isEqualTo("open");
        assertThat(failure("primary/m")).isEqualTo(OPEN);
        assertThat(factory.provider("primary").calls(FakeCall.Chat.class)).hasSize(3);
    }

    @Test
    void the_clients_mistakes_and_rate_limits_do_not_open_a_circuit() {
        start(1);
        factory.provider("primary").failWith(Chains.invalid());
        failure("primary/m");
        failure("primary/m");
        factory.provider("primary").failWith(Chains.rateLimited());
        failure("primary/m");

        assertThat(failure("primary/m")).isEqualTo(Chains.rateLimited().failure());
        assertThat(circuit().state()).isEqualTo("closed");
        assertThat(circuit().calls()).isZero();
    }

    @Test
    void each_model_of_a_provider_has_its_own_circuit() {
        start(1);
        factory.provider("primary").failWith(Chains.unavailable());
        failure("primary/m");
        failure("primary/m");
        factory.provider("primary").succeed();

        gateway.chat(ChatRequests.userSays("primary/other", "hi"), RequestContext.of("r1"));

        assertThat(gateway.operations().providers().getFirst().circuits())
                .extracting(ProviderStatus.Circuit::model, ProviderStatus.Circuit::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("primary/m", "open"),
                        org.assertj.core.groups.Tuple.tuple("primary/other", "closed"));
    }

    private void start(int halfOpenCalls) {
        var breaker = new ResilienceSettings.Breaker(50, 2, 2, Duration.ofSeconds(30), halfOpenCalls);
        var settings = new GatewaySettings(
                        Setups.settings(factory, "primary", "secondary"),
                        List.of(),
                        Map.of(),
                        Duration.ofSeconds(30),
                        null)
                .withRoutes(List.of(chain("model", "primary/m", "secondary/m")))
                .withResilience(Chains.resilience(Chains.retries(1), breaker, 256, Duration.ofMillis(100)));
        gateway = Gateway.start(settings, List.of(factory), null, clock);
    }

    private ProviderStatus.Circuit circuit() {
        return gateway.operations().providers().getFirst().circuits().stream()
                .filter(circuit -> circuit.model().equals("primary/m"))
                .findFirst()
                .orElseThrow();
    }

    private ProviderFailure failure(String model) {
        return catchThrowableOfType(
                        ProviderException.class,
                        () -> gateway.chat(ChatRequests.userSays(model, "hi"), RequestContext.of("r1")))
                .failure();
    }
}
