package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProvider;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.rotation.RotationPolicy;
import dev.switchboard.domain.rotation.RotationSettings;
import dev.switchboard.domain.telemetry.Telemetry;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Retries at one target: how long they wait, and when they stop. */
class TargetAttemptsTest {

    private static final ModelRef MODEL = ModelRef.of("p", "m");

    private final ManualClock clock = new ManualClock();
    private final FakeModelProvider fake = FakeModelProvider.named("p");
    private final ProviderEntry provider = new ProviderEntry(ProviderId.of("p"), "fake", fake, Duration.ofSeconds(30));
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final RequestContext context = RequestContext.of("r1");

    @Test
    void waits_grow_exponentially_up_to_the_longest_backoff_between_retries() {
        fake.failWith(Chains.unavailable());
        var attempts = attempts(new ResilienceSettings.Retry(4, Duration.ofMillis(100), 2, 0, Duration.ofMillis(250)));

        var failure = failure(attempts, Duration.ofSeconds(30));

        assertThat(failure).isEqualTo(Chains.unavailable().failure());
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
        assertThat(fake.calls(FakeCall.Chat.class)).hasSize(4);
        assertThat(context.trace().attempts()).isEqualTo(4);
    }

    @Test
    void jitter_spreads_each_wait_around_its_planned_length() {
        fake.failWith(Chains.timeout());
        var attempts =
                attempts(new ResilienceSettings.Retry(10, Duration.ofMillis(100), 1, 0.5, Duration.ofSeconds(1)));

        var unused = failure(attempts, Duration.ofSeconds(30));

        assertThat(waits)
                .hasSize(9)
                .allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofMillis(50), Duration.ofMillis(150)));
        assertThat(waits.stream().distinct().count()).isGreaterThan(1);
    }

    @Test
    void a_retry_whose_wait_would_outlast_the_budget_is_not_made() {
        fake.failWith(Chains.unavailable());
        var attempts = attempts(new ResilienceSettings.Retry(5, Duration.ofMillis(100), 2, 0, Duration.ofSeconds(1)));

        var unused = failure(attempts, Duration.ofMillis(150));

        assertThat(waits).containsExactly(Duration.ofMillis(100));
        assertThat(fake.calls(FakeCall.Chat.class)).hasSize(2);
    }

    @Test
    void failures_that_are_not_the_providers_are_not_retried_here() {
        var attempts = attempts(new ResilienceSettings.Retry(5, Duration.ofMillis(1), 1, 0, Duration.ofMillis(1)));
        for (var failure : List.of(Chains.rateLimited(), Chains.invalid(), Chains.tooLong())) {
            fake.failWith(failure);

            assertThat(failure(attempts, Duration.ofSeconds(30))).isEqualTo(failure.failure());
        }

        assertThat(waits).isEmpty();
        assertThat(fake.calls(FakeCall.Chat.class)).hasSize(3);
    }

    @Test
    void an_interrupted_wait_ends_the_retries_and_keeps_the_interrupt() {
        fake.failWith(Chains.unavailable());
        var retry = new ResilienceSettings.Retry(5, Duration.ofMillis(1), 1, 0, Duration.ofMillis(1));
        var attempts = new TargetAttempts(rotation(), resilience(retry), wait -> {
            throw new InterruptedException();
        });

        var failure = failure(attempts, Duration.ofSeconds(30));

        assertThat(Thread.interrupted()).isTrue();
        assertThat(failure).isEqualTo(Chains.unavailable().failure());
        assertThat(fake.calls(FakeCall.Chat.class)).hasSize(1);
    }

    @Test
    void a_spent_budget_is_a_timeout_without_a_call() {
        var attempts = attempts(new ResilienceSettings.Retry(1, Duration.ofMillis(1), 1, 0, Duration.ofMillis(1)));

        var failure = failure(attempts, Duration.ofNanos(-1));

        assertThat(failure).isEqualTo(new ProviderFailure.Timeout("the request's time budget is spent"));
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void a_success_is_traced_with_the_model_that_served() {
        var attempts = attempts(new ResilienceSettings.Retry(1, Duration.ofMillis(1), 1, 0, Duration.ofMillis(1)));

        ChatResponse answer = run(attempts, Duration.ofSeconds(30));

        assertThat(answer.choices()).hasSize(1);
        assertThat(context.trace().servedBy()).isEqualTo(MODEL);
        assertThat(fake.calls(FakeCall.Chat.class).getFirst().context().timeout())
                .isEqualTo(Duration.ofSeconds(30));
    }

    private TargetAttempts attempts(ResilienceSettings.Retry retry) {
        return new TargetAttempts(rotation(), resilience(retry), waits::add);
    }

    private Resilience resilience(ResilienceSettings.Retry retry) {
        return new Resilience(Chains.resilience(retry, Chains.neverOpens(), 10, Duration.ZERO), clock);
    }

    private Rotation rotation() {
        var policy = new RotationPolicy(RotationSettings.defaults(), clock, new Random());
        return new Rotation(new InMemoryStorage(), policy, Duration.ofSeconds(1), clock, Telemetry.NONE);
    }

    private ChatResponse run(TargetAttempts attempts, Duration budget) {
        return attempts.run(
                new Target(provider, "m"),
                MODEL,
                context,
                null,
                System.nanoTime() + budget.toNanos(),
                false,
                call -> fake.complete(ChatRequests.userSays("m", "hi"), call));
    }

    private ProviderFailure failure(TargetAttempts attempts, Duration budget) {
        return catchThrowableOfType(ProviderException.class, () -> run(attempts, budget))
                .failure();
    }
}
