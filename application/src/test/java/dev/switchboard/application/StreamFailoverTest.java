package dev.switchboard.application;

import static dev.switchboard.application.Chains.chain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.model.ModelRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Streams fail over only until their first event; after it, a failure ends the stream. */
class StreamFailoverTest {

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private Gateway gateway;

    @AfterEach
    void close() {
        if (gateway != null) gateway.close();
    }

    @Test
    void a_stream_failing_before_its_first_event_fails_over_to_the_next_target() {
        start(Chains.quick(1));
        factory.provider("primary").failStreamAfter(0, Chains.unavailable());
        var context = RequestContext.of("r1");

        var text = new StringBuilder();
        try (var stream = gateway.streamChat(ChatRequests.userSays("model", "hi"), context)) {
            for (ChatEvent event : stream) {
                if (event instanceof ChatEvent.TextDelta delta) text.append(delta.text());
            }
        }

        assertThat(text).hasToString("ok");
        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("secondary", "m"));
        assertThat(context.trace().attempts()).isEqualTo(2);
        assertThat(factory.provider("primary").streams()).singleElement().satisfies(stream -> {
            assertThat(stream.isClosed()).isTrue();
            assertThat(stream.delivered()).isZero();
        });
        assertThat(factory.provider("secondary").streams().getFirst().isClosed())
                .isTrue();
    }

    @Test
    void a_stream_the_provider_refuses_to_open_fails_over_too() {
        start(Chains.quick(2));
        factory.provider("primary").failWith(Chains.timeout());
        var context = RequestContext.of("r1");

        try (var stream = gateway.streamChat(ChatRequests.userSays("model", "hi"), context)) {
            stream.forEach(event -> {});
        }

        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("secondary", "m"));
        assertThat(factory.provider("primary").calls(FakeCall.ChatStreamed.class))
                .hasSize(2);
    }

    @Test
    void a_stream_failing_after_its_first_event_ends_with_the_failure_and_does_not_fail_over() {
        start(Chains.quick(3));
        var down = Chains.unavailable();
        factory.provider("primary").failStreamAfter(1, down);
        var context = RequestContext.of("r1");
        var read = new ArrayList<ChatEvent>();

        try (var stream = gateway.streamChat(ChatRequests.userSays("model", "hi"), context)) {
            assertThatThrownBy(() -> stream.forEach(read::add)).isSameAs(down);
        }

        assertThat(read).singleElement().isInstanceOf(ChatEvent.Started.class);
        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("primary", "m"));
        assertThat(context.trace().attempts()).isEqualTo(1);
        assertThat(factory.provider("secondary").calls()).isEmpty();
    }

    @Test
    void a_failure_mid_stream_counts_against_the_models_circuit() {
        var breaker = new ResilienceSettings.Breaker(50, 2, 2, Duration.ofSeconds(30), 1);
        start(Chains.resilience(Chains.retries(1), breaker, 256, Duration.ofMillis(100)));
        factory.provider("primary").failStreamAfter(1, Chains.unavailable());

        try (var stream = gateway.streamChat(ChatRequests.userSays("model", "hi"), RequestContext.of("r1"))) {
            assertThatThrownBy(() -> stream.forEach(event -> {})).hasMessage("overloaded");
        }

        var circuit = gateway.operations().providers().getFirst().circuits().getFirst();
        assertThat(circuit.model()).isEqualTo("primary/m");
        assertThat(circuit.state()).isEqualTo("open");
        assertThat(circuit.calls()).isEqualTo(2);
        assertThat(circuit.failureRate()).isEqualTo(50f);
    }

    @Test
    void a_text_stream_fails_over_the_same_way() {
        start(Chains.quick(1));
        factory.provider("primary").failWith(Chains.unavailable());
        var context = RequestContext.of("r1");

        try (var stream = gateway.streamCompletion(CompletionRequest.of("model", "once upon"), context)) {
            stream.forEach(event -> {});
        }

        assertThat(context.trace().servedBy()).isEqualTo(ModelRef.of("secondary", "m"));
        assertThat(factory.provider("secondary").calls(FakeCall.TextStreamed.class))
                .singleElement()
                .satisfies(call -> assertThat(call.request().model()).isEqualTo("m"));
    }

    private void start(ResilienceSettings resilience) {
        gateway = Setups.start(
                new GatewaySettings(
                                Setups.settings(factory, "primary", "secondary"),
                                List.of(),
                                Map.of(),
                                Duration.ofSeconds(30),
                                null)
                        .withRoutes(List.of(chain("model", "primary/m", "secondary/m")))
                        .withResilience(resilience),
                factory);
    }
}
