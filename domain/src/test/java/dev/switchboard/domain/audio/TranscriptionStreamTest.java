package dev.switchboard.domain.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.provider.Transcriber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TranscriptionStreamTest {

    private static final List<TranscriptionEvent> EVENTS = List.of(
            new TranscriptionEvent.TextDelta("I"),
            new TranscriptionEvent.TextDelta(" see"),
            new TranscriptionEvent.Done("I see", new TranscriptionUsage(14, 0, 14, 45, 59)));

    @Test
    void of_hands_out_the_events_in_order() {
        var read = new ArrayList<TranscriptionEvent>();
        try (var stream = TranscriptionStream.of(EVENTS)) {
            stream.forEach(read::add);
        }

        assertThat(read).containsExactlyElementsOf(EVENTS);
    }

    @Test
    void is_single_use() {
        try (var stream = TranscriptionStream.of(EVENTS)) {
            assertThat(stream.iterator()).isNotNull();

            assertThatThrownBy(stream::iterator)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("a TranscriptionStream is single use");
        }
    }

    @Test
    void runs_the_close_action_once_and_reports_nothing_after_close() {
        var closes = new AtomicInteger();
        var stream = TranscriptionStream.from(EVENTS.iterator(), closes::incrementAndGet);
        var events = stream.iterator();

        stream.close();
        stream.close();

        assertThat(closes).hasValue(1);
        assertThat(events.hasNext()).isFalse();
        assertThatThrownBy(events::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void refuses_negative_token_counts_and_missing_text() {
        assertThatThrownBy(() -> new TranscriptionUsage(-1, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("token counts must not be negative");
        assertThatThrownBy(() -> new TranscriptionEvent.TextDelta(null)).isInstanceOf(NullPointerException.class);
        assertThat(new TranscriptionEvent.Done("text", null).usage()).isNull();
    }

    @Test
    void a_transcriber_does_not_stream_unless_it_says_so() {
        Transcriber whole = (request, context) -> new Transcription("application/json", "{}", "");
        var request = new TranscriptionRequest("m", new byte[] {1}, "a.wav", null, null, null, null, List.of());
        var context = new CallContext(Credential.anonymous(), "r1", Duration.ofSeconds(5));

        var thrown = catchThrowableOfType(ProviderException.class, () -> whole.stream(request, context));

        assertThat(thrown.failure())
                .isEqualTo(
                        new ProviderFailure.InvalidRequest("this provider does not stream transcriptions", "stream"));
    }
}
