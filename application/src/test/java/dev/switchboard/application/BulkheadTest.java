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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A provider's concurrency limit, held by an open stream until it is closed. */
class BulkheadTest {

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private Gateway gateway;

    @BeforeEach
    void start() {
        var settings = new GatewaySettings(
                        Setups.settings(factory, "primary", "secondary"),
                        List.of(),
                        Map.of(),
                        Duration.ofSeconds(30),
                        null)
                .withRoutes(List.of(chain("model", "primary/m", "secondary/m")))
                .withResilience(Chains.resilience(Chains.retries(3), Chains.neverOpens(), 1, Duration.ZERO));
        gateway = Setups.start(settings, factory);
    }

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void an_open_stream_holds_the_providers_only_slot_and_the_next_request_moves_on() {
        try (var held = gateway.streamChat(ChatRequests.userSays("primary/m", "hi"), RequestContext.of("r1"))) {
            assertThat(primary().inFlight()).isEqualTo(1);
            assertThat(primary().maxConcurrent()).isEqualTo(1);
            var context = RequestContext.of("r2");

            gateway.chat(ChatRequests.userSays("model", "hi"), context);

            assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("secondary", "m"));
            assertThat(context.trace().attempts()).isEqualTo(1);
            assertThat(factory.provider("primary").calls(FakeCall.Chat.class)).isEmpty();
        }
    }

    @Test
    void a_single_target_at_its_limit_is_unavailable() {
        try (var held = gateway.streamChat(ChatRequests.userSays("primary/m", "hi"), RequestContext.of("r1"))) {
            var failure = catchThrowableOfType(
                            ProviderException.class,
                            () -> gateway.chat(ChatRequests.userSays("primary/m", "hi"), RequestContext.of("r2")))
                    .failure();

            assertThat(failure)
                    .isEqualTo(new ProviderFailure.Unavailable(
                            503, "provider primary is at its limit of concurrent requests"));
        }
    }

    @Test
    void closing_the_stream_frees_the_slot() {
        gateway.streamChat(ChatRequests.userSays("primary/m", "hi"), RequestContext.of("r1"))
                .close();

        assertThat(primary().inFlight()).isZero();
        var context = RequestContext.of("r2");
        gateway.chat(ChatRequests.userSays("model", "hi"), context);
        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("primary", "m"));
        assertThat(primary().inFlight()).isZero();
    }

    @Test
    void a_stream_that_fails_before_its_first_event_frees_the_slot_of_every_attempt() {
        factory.provider("primary").failStreamAfter(0, Chains.unavailable());

        gateway.streamChat(ChatRequests.userSays("model", "hi"), RequestContext.of("r1"))
                .close();

        assertThat(factory.provider("primary").streams()).hasSize(3);
        assertThat(primary().inFlight()).isZero();
    }

    @Test
    void a_call_that_fails_frees_the_slot() {
        factory.provider("primary").failWith(Chains.invalid());

        var refused = catchThrowableOfType(
                ProviderException.class,
                () -> gateway.chat(ChatRequests.userSays("primary/m", "hi"), RequestContext.of("r1")));

        assertThat(refused.failure()).isInstanceOf(ProviderFailure.InvalidRequest.class);

        assertThat(primary().inFlight()).isZero();
    }

    private ProviderStatus primary() {
        return gateway.operations().providers().getFirst();
    }
}
