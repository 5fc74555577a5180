package dev.switchboard.adapters.providers.openai;

import static dev.switchboard.adapters.providers.testing.Contexts.drain;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static dev.switchboard.adapters.providers.testing.Replies.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every member of the OpenAI family must do against a loopback upstream that speaks its dialect, streaming
 * first; {@link OpenAiFamilyContract} adds the whole calls and the errors. Each dialect's test extends that and says
 * where its operations live, how it authenticates and how its errors look.
 */
abstract class OpenAiStreamingContract {

    static final String MODEL = "gpt-4o-mini";
    static final String ID = "up";

    StubUpstream stub;
    ModelProvider provider;

    /** The provider under test, pointed at the stub. */
    abstract ModelProvider provider(StubUpstream stub);

    /** The path the stub sees for an operation, such as {@code /v1/chat/completions}. */
    abstract String path(Operation operation);

    /** Checks the request carried the test key in the dialect's header. */
    abstract void assertAuthenticated(StubUpstream.Recorded request);

    /** The dialect's error body for a 4xx, such as OpenAI's envelope or Cerebras's flat object. */
    abstract String errorBody(String message, String code);

    @BeforeEach
    void startStub() {
        stub = StubUpstream.start();
        provider = provider(stub);
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    static ChatRequest hello() {
        return ChatRequest.of(MODEL, Message.user("Hello!"));
    }

    @Test
    void streams_text_events_as_the_upstream_sends_them() {
        stub.on(path(Operation.CHAT), sse(resource("openai/streams/text.sse")));

        var events = drain(provider.stream(hello(), withKey()));

        assertThat(events)
                .containsExactly(
                        new ChatEvent.Started("chatcmpl-C9yL2u", "gpt-4o-mini-2024-07-18"),
                        new ChatEvent.TextDelta(0, "Hello"),
                        new ChatEvent.TextDelta(0, "! How can I help?"),
                        new ChatEvent.Finished(0, FinishReason.STOP),
                        new ChatEvent.UsageReported(Usage.of(9, 8)));
        assertThat(stub.last().text()).contains("\"stream\":true", "\"include_usage\":true");
        assertThat(stub.last().header("Accept")).isEqualTo("text/event-stream");
    }

    @Test
    void fails_a_stream_that_ends_before_done() {
        String cut = resource("openai/streams/text.sse").replace("data: [DONE]\n\n", "");
        stub.on(path(Operation.CHAT), sse(cut));

        assertThatThrownBy(() -> drain(provider.stream(hello(), withKey())))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.Network.class));
    }

    @Test
    void throws_an_error_that_arrives_inside_the_stream() {
        stub.on(path(Operation.CHAT), sse(resource("openai/streams/midstream-error.sse")));
        var read = new ArrayList<ChatEvent>();

        try (var stream = provider.stream(hello(), withKey())) {
            assertThatThrownBy(() -> stream.forEach(read::add))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure())
                                    .isEqualTo(new ProviderFailure.Unavailable(
                                            0,
                                            "the upstream failed during the stream: The server had an error while processing"
                                                    + " your request. Sorry about that!")));
        }
        assertThat(read).endsWith(new ChatEvent.TextDelta(0, "Partial"));
    }

    @Test
    void hands_on_the_first_event_before_the_upstream_sends_the_second() throws Exception {
        var gate = new CountDownLatch(1);
        var released = new ArrayList<Boolean>();
        var upstream = Replies.events("openai/streams/text.sse");
        stub.on(
                path(Operation.CHAT),
                Replies.paced(
                        List.of(
                                upstream.get(0) + upstream.get(1),
                                String.join("", upstream.subList(2, upstream.size()))),
                        List.of(gate),
                        released));

        try (var stream = provider.stream(hello(), withKey())) {
            var events = stream.iterator();
            assertThat(events.next()).isInstanceOf(ChatEvent.Started.class);
            assertThat(events.next()).isEqualTo(new ChatEvent.TextDelta(0, "Hello"));
            gate.countDown();
            assertThat(events.next()).isEqualTo(new ChatEvent.TextDelta(0, "! How can I help?"));
        }
        assertThat(released).containsExactly(true);
    }

    @Test
    void closing_mid_stream_frees_the_upstream_connection() throws Exception {
        var gone = new CountDownLatch(1);
        String first = Replies.events("openai/streams/text.sse").getFirst();
        stub.on(path(Operation.CHAT), Replies.untilClientLeaves(first, gone));

        var stream = provider.stream(hello(), withKey());
        var events = stream.iterator();
        assertThat(events.next()).isInstanceOf(ChatEvent.Started.class);
        stream.close();

        assertThat(gone.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events.hasNext()).isFalse();
    }

    @Test
    void ends_a_waiting_reader_at_once_when_closed_from_another_thread() throws Exception {
        var gone = new CountDownLatch(1);
        String first = Replies.events("openai/streams/text.sse").getFirst();
        stub.on(path(Operation.CHAT), Replies.untilClientLeaves(first, gone));
        var stream = provider.stream(hello(), withKey());
        var read = new ArrayList<ChatEvent>();
        var firstRead = new CountDownLatch(1);
        Thread reader = Thread.ofVirtual()
                .start(() -> stream.forEach(event -> {
                    read.add(event);
                    firstRead.countDown();
                }));

        assertThat(firstRead.await(5, TimeUnit.SECONDS)).isTrue();
        stream.close();
        reader.join(Duration.ofSeconds(5));

        assertThat(reader.isAlive()).isFalse();
        assertThat(read).hasSize(1);
    }

    @Test
    void fails_with_timeout_when_the_upstream_stalls_mid_stream() {
        String first = Replies.events("openai/streams/text.sse").getFirst();
        stub.on(path(Operation.CHAT), Replies.stall(first, Duration.ofSeconds(5), "data: [DONE]\n\n"));
        var read = new ArrayList<ChatEvent>();

        try (var stream = provider.stream(hello(), withKey(Duration.ofSeconds(1)))) {
            assertThatThrownBy(() -> stream.forEach(read::add))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.Timeout.class));
        }
    }
}
