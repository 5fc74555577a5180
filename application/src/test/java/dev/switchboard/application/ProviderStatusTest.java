package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.Health;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What an operator sees of each provider, and readiness built on the same health checks. */
class ProviderStatusTest {

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final ManualClock clock = new ManualClock();
    private Gateway gateway;

    @AfterEach
    void close() {
        if (gateway != null) gateway.close();
    }

    @Test
    void shows_each_providers_health_circuits_concurrency_and_catalogue_in_configuration_order() {
        factory.provider("openai").modelsNamed("gpt-4o");
        factory.provider("groq").health(Health.down("401 from upstream", Duration.ofMillis(7)));
        start(ResilienceSettings.defaults());
        gateway.chat(ChatRequests.userSays("openai/gpt-4o", "hi"), RequestContext.of("r1"));

        var statuses = gateway.operations().providers();

        assertThat(statuses)
                .extracting(ProviderStatus::id)
                .containsExactly(ProviderId.of("openai"), ProviderId.of("groq"));
        var openai = statuses.getFirst();
        assertThat(openai.type()).isEqualTo("fake");
        assertThat(openai.healthy()).isTrue();
        assertThat(openai.healthDetail()).isEqualTo("fake");
        assertThat(openai.checkedAt()).isEqualTo(ManualClock.T0);
        assertThat(openai.checkLatency()).isEqualTo(Duration.ZERO);
        assertThat(openai.circuits()).containsExactly(new ProviderStatus.Circuit("openai/gpt-4o", "closed", -1f, 1, 0));
        assertThat(openai.maxConcurrent()).isEqualTo(10_000);
        assertThat(openai.inFlight()).isZero();
        assertThat(openai.catalogue().models()).extracting(m -> m.ref().model()).containsExactly("gpt-4o");
        var groq = statuses.get(1);
        assertThat(groq.healthy()).isFalse();
        assertThat(groq.healthDetail()).isEqualTo("401 from upstream");
        assertThat(groq.checkLatency()).isEqualTo(Duration.ofMillis(7));
        assertThat(groq.circuits()).isEmpty();
    }

    @Test
    void readiness_and_the_provider_status_share_one_health_check() {
        start(ResilienceSettings.defaults());

        gateway.readiness();
        gateway.operations().providers();
        gateway.readiness();

        assertThat(factory.provider("openai").calls(FakeCall.HealthCheck.class)).hasSize(1);
    }

    @Test
    void the_background_check_notices_a_provider_going_down_and_up_again() throws InterruptedException {
        start(Chains.intervals(ResilienceSettings.defaults().catalogueTtl(), Duration.ofMillis(20)));
        assertThat(gateway.readiness().ready()).isTrue();

        factory.provider("openai").health(Health.down("timeout", Duration.ofSeconds(5)));
        factory.provider("groq").health(Health.down("timeout", Duration.ofSeconds(5)));
        awaitReady(false);
        assertThat(gateway.readiness().checks()).containsEntry("provider:openai", "down: timeout");

        factory.provider("groq").health(Health.up("fine", Duration.ZERO));
        awaitReady(true);
        assertThat(gateway.readiness().checks())
                .containsEntry("provider:openai", "down: timeout")
                .containsEntry("provider:groq", "up");
    }

    @Test
    void a_health_check_that_throws_counts_as_down() {
        var fakes = new KeyedFakes().healthThrows("sk-a");
        gateway = Rotations.start(fakes, List.of(Rotations.key("a")), new FakeStorage(), clock);

        var openai = gateway.operations().providers().getFirst();

        assertThat(openai.healthy()).isFalse();
        assertThat(openai.healthDetail()).isEqualTo("the health check failed");
        assertThat(gateway.readiness().ready()).isTrue();
    }

    @Test
    void a_provider_status_copies_its_circuits() {
        var circuits = new java.util.ArrayList<ProviderStatus.Circuit>();
        var status = new ProviderStatus(
                ProviderId.of("openai"),
                "fake",
                true,
                "fine",
                ManualClock.T0,
                Duration.ZERO,
                circuits,
                1,
                0,
                new CatalogEntry(ProviderId.of("openai"), List.of(), CatalogEntry.Source.NONE, null, null, null));

        circuits.add(new ProviderStatus.Circuit("openai/x", "open", 100, 1, 0));

        assertThat(status.circuits()).isEmpty();
    }

    private void start(ResilienceSettings resilience) {
        var settings = new GatewaySettings(
                        Setups.settings(factory, "openai", "groq"), List.of(), Map.of(), Duration.ofSeconds(30), null)
                .withResilience(resilience);
        gateway = Gateway.start(settings, List.of(factory), null, clock);
    }

    private void awaitReady(boolean ready) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (gateway.readiness().ready() != ready && System.nanoTime() < until) Thread.sleep(10);
        assertThat(gateway.readiness().ready()).isEqualTo(ready);
    }
}
