package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.audio.Transcription;
import dev.switchboard.domain.audio.TranscriptionEvent;
import dev.switchboard.domain.audio.TranscriptionRequest;
import dev.switchboard.domain.audio.TranscriptionStream;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProvider;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.fixtures.Replies;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.provider.Transcriber;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Transcribe#stream} through {@link Gateway#streamTranscription}. */
class TranscribeStreamTest {

    private static final RequestContext CONTEXT = RequestContext.of("req-1");

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final FakeModelProvider openai =
            factory.provider("openai").transcribeWith(Replies.streaming(Replies.transcriptEvents()));
    private final FakeModelProvider whole = factory.provider("whole").transcribeWith(Replies::transcription);
    private final FakeModelProvider anthropic = factory.provider("anthropic");
    private final Gateway gateway = Setups.start(
            Setups.withAliases(factory, Map.of("live", "openai/gpt-4o-transcribe"), "openai", "whole", "anthropic"),
            factory);

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void streams_the_provider_events_for_its_own_model_name() {
        var read = new ArrayList<TranscriptionEvent>();
        try (var stream = gateway.streamTranscription(audio("live"), CONTEXT)) {
            stream.forEach(read::add);
        }

        assertThat(read).containsExactlyElementsOf(Replies.transcriptEvents());
        assertThat(openai.calls(FakeCall.TranscriptionStreamed.class))
                .singleElement()
                .satisfies(call -> {
                    assertThat(call.request()).isEqualTo(audio("gpt-4o-transcribe"));
                    assertThat(call.context().requestId()).isEqualTo("req-1");
                });
        assertThat(openai.calls(FakeCall.Transcribe.class)).isEmpty();
    }

    @Test
    void closing_the_stream_frees_the_upstream() {
        var closes = new AtomicInteger();
        openai.transcribeWith(streamingWith(Replies.transcriptEvents().iterator(), closes));

        try (var stream = gateway.streamTranscription(audio("openai/gpt-4o-transcribe"), CONTEXT)) {
            assertThat(stream.iterator().next()).isEqualTo(new TranscriptionEvent.TextDelta("o"));
        }

        assertThat(closes).hasValue(1);
    }

    @Test
    void refuses_a_provider_that_transcribes_but_does_not_stream() {
        var thrown = catchThrowableOfType(
                ProviderException.class, () -> gateway.streamTranscription(audio("whole/whisper-1"), CONTEXT));

        assertThat(thrown.failure())
                .isEqualTo(
                        new ProviderFailure.InvalidRequest("this provider does not stream transcriptions", "stream"));
    }

    @Test
    void refuses_a_provider_without_transcriptions_as_an_invalid_model() {
        var thrown = catchThrowableOfType(
                ProviderException.class, () -> gateway.streamTranscription(audio("anthropic/claude"), CONTEXT));

        assertThat(thrown.failure())
                .isEqualTo(new ProviderFailure.InvalidRequest(
                        "provider anthropic does not offer audio transcriptions", "model"));
        assertThat(anthropic.calls()).isEmpty();
    }

    @Test
    void a_failure_before_the_upstream_answered_is_an_ordinary_error() {
        var limited =
                new ProviderException(new ProviderFailure.InvalidRequest("stream is not for whisper-1", "stream"));
        openai.failWith(limited);

        var thrown = catchThrowableOfType(
                ProviderException.class, () -> gateway.streamTranscription(audio("openai/whisper-1"), CONTEXT));

        assertThat(thrown).isSameAs(limited);
    }

    @Test
    void a_failure_while_reading_is_thrown_to_the_reader() {
        var dropped = new ProviderException(new ProviderFailure.Network("the upstream's stream ended early"));
        Iterator<TranscriptionEvent> breaking = new Iterator<>() {
            private boolean first = true;

            @Override
            public boolean hasNext() {
                if (first) return true;
                throw dropped;
            }

            @Override
            public TranscriptionEvent next() {
                first = false;
                return new TranscriptionEvent.TextDelta("o");
            }
        };
        openai.transcribeWith(streamingWith(breaking, new AtomicInteger()));

        try (var stream = gateway.streamTranscription(audio("openai/gpt-4o-transcribe"), CONTEXT)) {
            var events = stream.iterator();
            assertThat(events.next()).isEqualTo(new TranscriptionEvent.TextDelta("o"));
            assertThatThrownBy(events::hasNext).isSameAs(dropped);
        }
    }

    private static Transcriber streamingWith(Iterator<TranscriptionEvent> events, AtomicInteger closes) {
        return new Transcriber() {
            @Override
            public Transcription transcribe(TranscriptionRequest request, CallContext context) {
                throw new IllegalStateException("not whole");
            }

            @Override
            public TranscriptionStream stream(TranscriptionRequest request, CallContext context) {
                return TranscriptionStream.from(events, closes::incrementAndGet);
            }
        };
    }

    private static TranscriptionRequest audio(String model) {
        return new TranscriptionRequest(
                model, new byte[] {82, 73, 70, 70}, "hello.wav", "en", null, null, null, List.of());
    }
}
