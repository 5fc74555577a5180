package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.audio.Transcription;
import dev.switchboard.domain.audio.TranscriptionRequest;
import dev.switchboard.domain.fixtures.FakeCall;
import dev.switchboard.domain.fixtures.FakeModelProvider;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.fixtures.Replies;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TranscribeTest {

    private static final RequestContext CONTEXT = RequestContext.of("req-1");

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final FakeModelProvider openai = factory.provider("openai").transcribeWith(Replies::transcription);
    private final FakeModelProvider anthropic = factory.provider("anthropic");
    private final Gateway gateway = Setups.start(
            Setups.withAliases(factory, Map.of("whisper", "openai/whisper-1"), "openai", "anthropic"), factory);

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void sends_the_audio_to_the_provider_named_with_its_own_model_name() {
        var answer = gateway.transcribe(audio("openai/whisper-1", "srt"), CONTEXT);

        assertThat(answer).isEqualTo(new Transcription("application/json", "{\"text\":\"ok\"}", "ok"));
        assertThat(openai.calls(FakeCall.Transcribe.class)).singleElement().satisfies(call -> {
            assertThat(call.request()).isEqualTo(audio("whisper-1", "srt"));
            assertThat(call.context().requestId()).isEqualTo("req-1");
        });
    }

    @Test
    void resolves_aliases_and_provider_routes_like_every_other_call() {
        gateway.transcribe(audio("whisper", null), CONTEXT);
        gateway.transcribe(
                audio("gpt-4o-transcribe", null), RequestContext.forProvider("req-2", ProviderId.of("openai")));

        assertThat(openai.calls(FakeCall.Transcribe.class))
                .extracting(call -> call.request().model())
                .containsExactly("whisper-1", "gpt-4o-transcribe");
    }

    @Test
    void passes_the_provider_answer_through_untouched() {
        var srt = new Transcription("text/plain; charset=utf-8", "1\n00:00:00,000 --> 00:00:01,000\nok\n", "ok");
        openai.transcribeWith((request, call) -> srt);

        assertThat(gateway.transcribe(audio("openai/whisper-1", "srt"), CONTEXT))
                .isSameAs(srt);
    }

    @Test
    void refuses_a_provider_without_transcriptions_as_an_invalid_model() {
        var thrown = catchThrowableOfType(
                ProviderException.class, () -> gateway.transcribe(audio("anthropic/claude", null), CONTEXT));

        assertThat(thrown.failure())
                .isEqualTo(new ProviderFailure.InvalidRequest(
                        "provider anthropic does not offer audio transcriptions", "model"));
        assertThat(anthropic.calls()).isEmpty();
    }

    @Test
    void reports_an_unknown_provider_as_model_not_found() {
        var thrown = catchThrowableOfType(
                ProviderException.class, () -> gateway.transcribe(audio("elsewhere/whisper-1", null), CONTEXT));

        assertThat(thrown.failure()).isInstanceOf(ProviderFailure.ModelNotFound.class);
    }

    @Test
    void lets_upstream_failures_through() {
        var limited = new ProviderException(new ProviderFailure.RateLimited("slow down", null));
        openai.failWith(limited);

        var thrown = catchThrowableOfType(
                ProviderException.class, () -> gateway.transcribe(audio("openai/w", null), CONTEXT));

        assertThat(thrown).isSameAs(limited);
    }

    private static TranscriptionRequest audio(String model, String format) {
        return new TranscriptionRequest(
                model, new byte[] {82, 73, 70, 70}, "hello.wav", "en", "names", format, 0.2, List.of("word"));
    }
}
