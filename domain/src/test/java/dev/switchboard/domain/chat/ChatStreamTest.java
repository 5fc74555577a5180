package dev.switchboard.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChatStreamTest {

    private static final List<ChatEvent> EVENTS = List.of(
            new ChatEvent.Started("chatcmpl-1", "m"),
            new ChatEvent.TextDelta(0, "Hel"),
            new ChatEvent.TextDelta(0, "lo"),
            new ChatEvent.Finished(0, FinishReason.STOP));

    @Test
    void of_hands_out_the_events_in_order() {
        var read = new ArrayList<ChatEvent>();
        try (var stream = ChatStream.of(EVENTS)) {
            stream.forEach(read::add);
        }

        assertThat(read).containsExactlyElementsOf(EVENTS);
    }

    @Test
    void is_single_use() {
        try (var stream = ChatStream.of(EVENTS)) {
            assertThat(stream.iterator()).isNotNull();

            assertThatThrownBy(stream::iterator)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("a ChatStream is single use");
        }
    }

    @Test
    void runs_the_close_action_once_however_often_it_is_closed() {
        var closes = new AtomicInteger();
        var stream = ChatStream.from(EVENTS.iterator(), closes::incrementAndGet);

        stream.close();
        stream.close();
        stream.close();

        assertThat(closes).hasValue(1);
    }

    @Test
    void a_closed_stream_reports_no_more_events() {
        var stream = ChatStream.from(EVENTS.iterator(), () -> {});
        var events = stream.iterator();

        assertThat(events.next()).isEqualTo(EVENTS.getFirst());
        stream.close();

        assertThat(events.hasNext()).isFalse();
        assertThatThrownBy(events::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void an_exhausted_stream_throws_no_such_element() {
        try (var stream = ChatStream.of(List.of())) {
            var events = stream.iterator();

            assertThat(events.hasNext()).isFalse();
            assertThatThrownBy(events::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void the_source_is_not_read_after_close() {
        var pulled = new AtomicInteger();
        var source = new java.util.Iterator<ChatEvent>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ChatEvent next() {
                pulled.incrementAndGet();
                return new ChatEvent.TextDelta(0, "x");
            }
        };
        var stream = ChatStream.from(source, () -> {});
        var events = stream.iterator();
        events.next();

        stream.close();

        assertThat(events.hasNext()).isFalse();
        assertThat(pulled).hasValue(1);
    }
}
