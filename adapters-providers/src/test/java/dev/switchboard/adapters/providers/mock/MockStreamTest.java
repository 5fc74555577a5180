package dev.switchboard.adapters.providers.mock;

import static dev.switchboard.adapters.providers.mock.MockSetup.context;
import static dev.switchboard.adapters.providers.mock.MockSetup.drain;
import static dev.switchboard.adapters.providers.mock.MockSetup.provider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.chat.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MockStreamTest {

    @Test
    void streams_started_then_one_word_per_delta_then_finished_then_usage() {
        var events = drain(provider().stream(ChatRequest.of("echo", Message.user("Hello there,  world")), context()));

        assertThat(events.getFirst()).isInstanceOfSatisfying(ChatEvent.Started.class, started -> {
            assertThat(started.id()).startsWith("mock-");
            assertThat(started.model()).isEqualTo("echo");
        });
        assertThat(events.subList(1, events.size()))
                .containsExactly(
                        new ChatEvent.TextDelta(0, "Hello"),
                        new ChatEvent.TextDelta(0, " there,"),
                        new ChatEvent.TextDelta(0, "  world"),
                        new ChatEvent.Finished(0, FinishReason.STOP),
                        new ChatEvent.UsageReported(Usage.of(3, 3)));
    }

    @Test
    void streams_runs_of_chunk_size_characters() {
        var events = drain(
                provider("chunk_size", "4").stream(ChatRequest.of("echo", Message.user("abcdefghij")), context()));

        assertThat(texts(events)).containsExactly("abcd", "efgh", "ij");
    }

    @Test
    void streams_each_choice_to_its_end_before_the_next() {
        var request = ChatRequest.builder("echo")
                .message(Message.user("a b"))
                .sampling(MockChatTest.sampling(2, null))
                .build();

        var events = drain(provider().stream(request, context()));

        assertThat(events.subList(1, events.size()))
                .containsExactly(
                        new ChatEvent.TextDelta(0, "a"),
                        new ChatEvent.TextDelta(0, " b"),
                        new ChatEvent.Finished(0, FinishReason.STOP),
                        new ChatEvent.TextDelta(1, "a"),
                        new ChatEvent.TextDelta(1, " b"),
                        new ChatEvent.Finished(1, FinishReason.STOP),
                        new ChatEvent.UsageReported(Usage.of(2, 4)));
    }

    @Test
    void streams_the_same_answer_as_the_whole_completion() {
        var request = ChatRequest.builder("echo")
                .message(Message.user("the quick brown fox jumps"))
                .sampling(MockChatTest.sampling(null, 3))
                .build();
        var mock = provider();

        var events = drain(mock.stream(request, context()));
        var whole = mock.complete(request, context());

        assertThat(String.join("", texts(events))).isEqualTo(whole.message().content());
        assertThat(events).contains(new ChatEvent.Finished(0, FinishReason.LENGTH));
        assertThat(events.getLast()).isEqualTo(new ChatEvent.UsageReported(whole.usage()));
    }

    @Test
    void streams_a_tool_call_with_id_and_name_first_and_arguments_in_pieces() {
        var events = drain(provider().stream(MockChatTest.withTools("echo", ToolChoice.REQUIRED, "hi"), context()));

        var calls = events.stream()
                .filter(ChatEvent.ToolCallDelta.class::isInstance)
                .map(ChatEvent.ToolCallDelta.class::cast)
                .toList();
        assertThat(calls).hasSizeGreaterThanOrEqualTo(2);
        assertThat(calls.getFirst().id()).isEqualTo("call_mock_0");
        assertThat(calls.getFirst().name()).isEqualTo("weather");
        assertThat(calls.subList(1, calls.size())).allSatisfy(call -> {
            assertThat(call.id()).isNull();
            assertThat(call.name()).isNull();
            assertThat(call.index()).isZero();
        });
        assertThat(calls.stream().map(ChatEvent.ToolCallDelta::argumentsPart).collect(Collectors.joining()))
                .isEqualTo("{\"input\":\"hi\"}");
        assertThat(events).contains(new ChatEvent.Finished(0, FinishReason.TOOL_CALLS));
        assertThat(events).noneMatch(ChatEvent.TextDelta.class::isInstance);
    }

    @Test
    void paces_the_pieces_by_chunk_delay() {
        var mock = provider("chunk_delay", "40ms");
        long start = System.nanoTime();

        var events = drain(mock.stream(ChatRequest.of("echo", Message.user("one two three four five")), context()));

        // Five pieces have four gaps of 40 ms; allow for a coarse clock but not for no pacing at all.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(texts(events)).hasSize(5);
    }

    @Test
    void ends_at_once_when_closed_from_another_thread_while_the_reader_waits() throws Exception {
        var stream = provider("chunk_delay", "10s").stream(ChatRequest.of("echo", Message.user("a b c")), context());
        var read = new ArrayList<ChatEvent>();
        Thread reader = Thread.ofVirtual().start(() -> stream.forEach(read::add));
        Thread.sleep(100);
        long start = System.nanoTime();

        stream.close();
        reader.join(Duration.ofSeconds(5));

        assertThat(reader.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(read)
                .containsExactly(
                        new ChatEvent.Started(((ChatEvent.Started) read.getFirst()).id(), "echo"),
                        new ChatEvent.TextDelta(0, "a"));
    }

    @Test
    void produces_nothing_more_once_closed_and_closes_idempotently() {
        var stream = provider().stream(ChatRequest.of("echo", Message.user("a b c")), context());
        Iterator<ChatEvent> events = stream.iterator();
        events.next();

        stream.close();
        stream.close();

        assertThat(events.hasNext()).isFalse();
        assertThatThrownBy(events::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void ends_when_the_reader_thread_is_interrupted_while_waiting() throws Exception {
        var stream = provider("chunk_delay", "10s").stream(ChatRequest.of("echo", Message.user("a b")), context());
        var read = new ArrayList<ChatEvent>();
        var stillInterrupted = new ArrayList<Boolean>();
        Thread reader = Thread.ofVirtual().start(() -> {
            stream.forEach(read::add);
            stillInterrupted.add(Thread.currentThread().isInterrupted());
        });
        Thread.sleep(100);

        reader.interrupt();
        reader.join(Duration.ofSeconds(5));

        assertThat(reader.isAlive()).isFalse();
        assertThat(read).hasSize(2);
        assertThat(stillInterrupted).containsExactly(true);
    }

    @Test
    void may_be_iterated_only_once() {
        try (var stream = provider().stream(ChatRequest.of("echo", Message.user("a")), context())) {
            var _ = stream.iterator();

            assertThatThrownBy(stream::iterator).isInstanceOf(IllegalStateException.class);
        }
    }

    static List<String> texts(List<ChatEvent> events) {
        return events.stream()
                .filter(ChatEvent.TextDelta.class::isInstance)
                .map(event -> ((ChatEvent.TextDelta) event).text())
                .toList();
    }
}
