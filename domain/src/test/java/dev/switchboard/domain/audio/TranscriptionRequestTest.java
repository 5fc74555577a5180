package dev.switchboard.domain.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptionRequestTest {

    private static TranscriptionRequest request(byte[] audio) {
        return new TranscriptionRequest("whisper-1", audio, "a.wav", "en", null, "json", 0.0, List.of("word"));
    }

    @Test
    void copies_the_audio_in_and_out() {
        byte[] audio = {1, 2, 3};
        var request = request(audio);

        audio[0] = 9;
        request.audio()[1] = 9;

        assertThat(request.audio()).containsExactly(1, 2, 3);
    }

    @Test
    void compares_by_content_including_the_audio() {
        var request = request(new byte[] {1, 2});

        assertThat(request).isEqualTo(request(new byte[] {1, 2}));
        assertThat(request).hasSameHashCodeAs(request(new byte[] {1, 2}));
        assertThat(request).isNotEqualTo(request(new byte[] {1, 3}));
        assertThat(request).isNotEqualTo(request.withModel("other"));
        assertThat(request).isNotEqualTo("a request");
    }

    @Test
    void shows_the_size_of_the_audio_not_its_bytes() {
        assertThat(request(new byte[2048]))
                .hasToString("TranscriptionRequest[model=whisper-1, filename=a.wav, bytes=2048]");
    }

    @Test
    void with_model_keeps_everything_else() {
        var request = request(new byte[] {1});

        var routed = request.withModel("whisper-large");

        assertThat(routed.model()).isEqualTo("whisper-large");
        assertThat(routed.withModel("whisper-1")).isEqualTo(request);
    }

    @Test
    void checks_its_parts() {
        assertThatThrownBy(
                        () -> new TranscriptionRequest(" ", new byte[] {1}, "a.wav", null, null, null, null, List.of()))
                .hasMessage("model must not be blank");
        assertThatThrownBy(() -> request(new byte[0])).hasMessage("file must not be empty");
        assertThatThrownBy(() -> request(null)).hasMessage("file must not be empty");
        assertThatThrownBy(() -> new TranscriptionRequest("m", new byte[] {1}, null, null, null, null, null, List.of()))
                .hasMessage("filename");
    }

    @Test
    void a_transcription_checks_its_parts() {
        assertThat(new Transcription("text/plain", "hi", "hi").text()).isEqualTo("hi");
        assertThatThrownBy(() -> new Transcription(null, "", "")).hasMessage("contentType");
        assertThatThrownBy(() -> new Transcription("text/plain", null, "")).hasMessage("body");
        assertThatThrownBy(() -> new Transcription("text/plain", "", null)).hasMessage("text");
    }
}
