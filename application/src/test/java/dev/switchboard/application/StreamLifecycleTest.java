package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProvider;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The life of a stream: what the provider receives, closing, single use and failures. */
class StreamLifecycleTest {

    private static final RequestContext CONTEXT = RequestContext.of("req-1");
    private static final ChatEvent.TextDelta HEL = new ChatEvent.TextDelta(0, "Hel");
    private static final ChatEvent.TextDelta LO = new ChatEvent.TextDelta(0, "lo");
    private static final ChatEvent.Finished STOP = new ChatEvent.Finished(0, FinishReason.STOP);
    private static final ChatEvent.UsageReported USAGE = new ChatEvent.UsageReported(Usage.of(9, 2));

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final FakeModelProvider anthropic = factory.provider("anthropic");
    private final Gateway gateway = Setups.start(Setups.providers(factory, "anthropic"), factory);

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void the_provider_receives_the_request_normalized_under_its_own_model_name() {
        try (var stream = gateway.streamChat(ChatRequests.afterToolCall("anthropic/claude"), CONTEXT)) {
            assertThat(stream).isNotNull();
        }

        var received = anthropic.calls(FakeCall.ChatStreamed.class).getFirst().request();
        assertThat(received.model()).isEqualTo("claude");
        assertThat(received.messages().get(1))
                .isInstanceOfSatisfying(
                        Message.AssistantMessage.class,
                        turn -> assertThat(turn.content()).isNull());
    }

    @Test
    void closing_the_stream_closes_the_providers_stream() {
        anthropic.streamWith(List.of(HEL, LO, STOP, USAGE));

        try (var stream = gateway.streamChat(ChatRequests.userSays("anthropic/claude", "hi"), CONTEXT)) {
            var events = stream.iterator();
            events.next();
            events.next();
        }

        var upstream = anthropic.streams().getFirst();
        assertThat(upstream.isClosed()).isTrue();
        assertThat(upstream.closedAfterEvents()).hasValue(1);
    }

    @Test
    void a_closed_stream_reports_no_more_events() {
        anthropic.streamWith(List.of(HEL, LO, STOP, USAGE));
        var stream = gateway.streamChat(ChatRequests.userSays("anthropic/claude", "hi"), CONTEXT);
        var events = stream.iterator();
        events.next();

        stream.close();
        stream.close();

        assertThat(events.hasNext()).isFalse();
        assertThat(anthropic.streams().getFirst().isClosed()).isTrue();
    }

    @Test
    void is_single_use() {
        try (var stream = gateway.streamChat(ChatRequests.userSays("anthropic/claude", "hi"), CONTEXT)) {
            assertThat(stream.iterator()).isNotNull();

            assertThatThrownBy(stream::iterator).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void a_failure_before_the_stream_opens_is_thrown_by_stream_chat() {
        var down = new ProviderException(new ProviderFailure.Unavailable(503, "overloaded"));
        anthropic.failWith(down);

        assertThatThrownBy(() -> gateway.streamChat(ChatRequests.userSays("anthropic/claude", "hi"), CONTEXT))
                .isSameAs(down);
    }

    @Test
    void a_failure_mid_stream_is_thrown_while_reading_after_the_events_before_it() {
        var broken = new ProviderException(new ProviderFailure.Network("connection reset"));
        anthropic.streamWith(List.of(HEL, LO, STOP, USAGE)).failStreamAfter(2, broken);
        var read = new ArrayList<ChatEvent>();

        try (var stream = gateway.streamChat(ChatRequests.userSays("anthropic/claude", "hi"), CONTEXT)) {
            assertThatThrownBy(() -> stream.forEach(read::add)).isSameAs(broken);
        }

        assertThat(read).hasSize(3).endsWith(HEL, LO);
        assertThat(anthropic.streams().getFirst().isClosed()).isTrue();
    }

    @Test
    void a_close_from_another_thread_ends_a_paced_stream_being_read() throws Exception {
        var many = IntStream.range(0, 1000)
                .<ChatEvent>mapToObj(i -> new ChatEvent.TextDelta(0, "x"))
                .toList();
        anthropic.streamWith(many).pacing(Duration.ofMillis(2));
        var stream = gateway.streamChat(ChatRequests.userSays("anthropic/claude", "hi"), CONTEXT);
        var read = new AtomicInteger();
        var reader = Thread.ofVirtual().start(() -> stream.forEach(event -> read.incrementAndGet()));

        // Close once reading is under way (a loaded machine may take a while to start the reader).
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (read.get() == 0 && System.nanoTime() < deadline) Thread.sleep(5);
        stream.close();
        reader.join(Duration.ofSeconds(5));

        assertThat(reader.isAlive()).isFalse();
        assertThat(read.get()).isBetween(1, 999);
        assertThat(anthropic.streams().getFirst().isClosed()).isTrue();
    }
}
