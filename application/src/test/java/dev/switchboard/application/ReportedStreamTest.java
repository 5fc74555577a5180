package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.fixtures.FakeStream;
import dev.switchboard.domain.fixtures.Replies;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedStreamTest {

    private final List<ProviderFailure> reported = new ArrayList<>();

    @Test
    void passes_the_events_through_and_reports_nothing_when_all_goes_well() {
        var upstream = FakeStream.of(Replies.events("m", "hello"));
        var events = new ArrayList<ChatEvent>();

        try (var stream = new ReportedStream(upstream, reported::add)) {
            stream.forEach(events::add);
        }

        assertThat(events).isEqualTo(Replies.events("m", "hello"));
        assertThat(reported).isEmpty();
        assertThat(upstream.isClosed()).isTrue();
    }

    @Test
    void reports_the_first_failure_once_and_throws_it_on() {
        var failure = new ProviderException(new ProviderFailure.Timeout("no event in 30s"));
        var stream = new ReportedStream(new Failing(failure), reported::add);
        Iterator<ChatEvent> events = stream.iterator();

        assertThatThrownBy(events::hasNext).isSameAs(failure);
        assertThatThrownBy(events::next).isSameAs(failure);

        assertThat(reported).containsExactly(failure.failure());
    }

    /** A stream whose every read fails. */
    private record Failing(ProviderException failure) implements ChatStream {
        @Override
        public Iterator<ChatEvent> iterator() {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    throw failure;
                }

                @Override
                public ChatEvent next() {
                    throw failure;
                }
            };
        }

        @Override
        public void close() {}
    }
}
