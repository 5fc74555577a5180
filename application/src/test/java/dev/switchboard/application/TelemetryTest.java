package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.fixtures.Replies;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.telemetry.KeyEvent;
import dev.switchboard.domain.telemetry.RequestStart;
import dev.switchboard.domain.telemetry.TraceParent;
import dev.switchboard.domain.usage.Endpoint;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gateway tells its telemetry about each request, each upstream call and each key event, and traces upstream. */
class TelemetryTest {

    private static final TraceParent CALLER = TraceParent.parse(
                    "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
            .orElseThrow();

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final RecordingTelemetry telemetry = new RecordingTelemetry();

    @Test
    void hears_a_request_and_its_upstream_call_and_sends_the_calls_span_upstream() {
        factory.provider("openai").replyWith(Replies.answer("gpt-4o", "hi"));
        try (var gateway = Gateway.start(Setups.providers(factory, "openai"), List.of(factory), null, telemetry)) {
            gateway.chat(
                    ChatRequests.userSays("openai/gpt-4o", "hello"),
                    RequestContext.of("req-1").withTraceParent(CALLER));
        }

        assertThat(telemetry.started)
                .containsExactly(new RequestStart("req-1", Endpoint.CHAT, "openai/gpt-4o", false, CALLER));
        assertThat(telemetry.calls).singleElement().satisfies(call -> {
            assertThat(call.model()).isEqualTo(ModelRef.parse("openai/gpt-4o").orElseThrow());
            assertThat(call.providerType()).isEqualTo("fake");
            assertThat(call.attempt()).isEqualTo(1);
        });
        assertThat(telemetry.callEnds).containsExactly(Optional.empty());
        TraceParent sent =
                factory.provider("openai").calls().getFirst().context().traceParent();
        assertThat(sent).isEqualTo(telemetry.sent.getFirst());
        assertThat(sent.traceId()).isEqualTo(CALLER.traceId());
        assertThat(telemetry.ended).singleElement().satisfies(row -> {
            assertThat(row.requestId()).isEqualTo("req-1");
            assertThat(row.status()).isEqualTo(200);
        });
    }

    @Test
    void a_rate_limited_key_ends_its_call_with_the_failure_and_is_heard_cooling_down_and_skipped() {
        var fakes = new KeyedFakes().fail("sk-a", Rotations.rateLimited(Duration.ofMinutes(1)));
        var settings = Rotations.settings(fakes, List.of(Rotations.key("a", 1, 0), Rotations.key("b", 1, 1)));
        var storage = new FakeStorage();
        try (var gateway = Gateway.start(settings, List.of(fakes), storage, new ManualClock(), telemetry)) {
            gateway.chat(ChatRequests.userSays("openai/m", "hi"), RequestContext.generated());
        }

        assertThat(telemetry.calls).extracting(call -> call.attempt()).containsExactly(1, 2);
        assertThat(telemetry.callEnds).containsExactly(Optional.of("RateLimited"), Optional.empty());
        var keyA = Rotations.profile(storage, "a").id();
        assertThat(telemetry.keys)
                .containsExactly(
                        new KeyEvent(Rotations.OPENAI, keyA, KeyEvent.Kind.COOLED_DOWN),
                        new KeyEvent(Rotations.OPENAI, keyA, KeyEvent.Kind.SKIPPED));
        assertThat(telemetry.ended)
                .singleElement()
                .satisfies(row -> assertThat(row.profile())
                        .isEqualTo(Rotations.profile(storage, "b").id().value()));
    }

    @Test
    void a_failed_request_ends_its_span_with_the_failures_status() {
        factory.provider("openai").failWith(Rotations.unavailable());
        try (var gateway = Gateway.start(Setups.providers(factory, "openai"), List.of(factory), null, telemetry)) {
            assertThatThrownBy(() -> gateway.chat(ChatRequests.userSays("openai/m", "hi"), RequestContext.generated()))
                    .isInstanceOf(ProviderException.class);
        }

        assertThat(telemetry.callEnds)
                .isNotEmpty()
                .allSatisfy(end -> assertThat(end).hasValue("Unavailable"));
        assertThat(telemetry.ended).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(503);
            assertThat(row.failure()).isEqualTo("Unavailable");
        });
    }

    @Test
    void a_stream_ends_its_span_when_it_is_closed() {
        try (var gateway = Gateway.start(Setups.providers(factory, "openai"), List.of(factory), null, telemetry)) {
            ChatStream stream = gateway.streamChat(ChatRequests.userSays("openai/m", "hi"), RequestContext.generated());
            assertThat(telemetry.started)
                    .singleElement()
                    .satisfies(start -> assertThat(start.streaming()).isTrue());
            assertThat(telemetry.ended).isEmpty();
            stream.forEach(event -> {});
            stream.close();
        }

        assertThat(telemetry.ended)
                .singleElement()
                .satisfies(row -> assertThat(row.streaming()).isTrue());
    }

    @Test
    void without_telemetry_upstream_calls_carry_the_callers_trace_context_unchanged() {
        try (var gateway = Setups.start(Setups.providers(factory, "openai"), factory)) {
            gateway.chat(
                    ChatRequests.userSays("openai/m", "hi"),
                    RequestContext.generated().withTraceParent(CALLER));
            gateway.chat(ChatRequests.userSays("openai/m", "hi"), RequestContext.generated());
        }

        assertThat(factory.provider("openai").calls(FakeCall.Chat.class))
                .extracting(call -> call.context().traceParent())
                .containsExactly(CALLER, null);
    }
}
