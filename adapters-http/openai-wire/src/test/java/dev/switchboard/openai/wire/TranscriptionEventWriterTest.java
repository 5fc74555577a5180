package dev.switchboard.openai.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.audio.TranscriptionEvent;
import dev.switchboard.domain.audio.TranscriptionUsage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Streamed transcriptions on the wire: the {@code stream} field and OpenAI's {@code transcript.text.*} events. */
class TranscriptionEventWriterTest {

    @Test
    void writes_a_delta_as_openai_does() {
        assertThat(text(new TranscriptionEvent.TextDelta(" see")))
                .isEqualTo("data: {\"type\":\"transcript.text.delta\",\"delta\":\" see\"}\n\n");
    }

    @Test
    void writes_done_with_the_token_usage_as_openai_does() {
        var done = new TranscriptionEvent.Done("I see skies.", new TranscriptionUsage(14, 0, 14, 45, 59));

        assertThat(text(done))
                .isEqualTo("data: {\"type\":\"transcript.text.done\",\"text\":\"I see skies.\",\"usage\":"
                        + "{\"type\":\"tokens\",\"input_tokens\":14,\"input_token_details\":{\"text_tokens\":0,"
                        + "\"audio_tokens\":14},\"output_tokens\":45,\"total_tokens\":59}}\n\n");
    }

    @Test
    void writes_done_without_usage_when_none_was_reported() {
        assertThat(text(new TranscriptionEvent.Done("Hi \"you\"", null)))
                .isEqualTo("data: {\"type\":\"transcript.text.done\",\"text\":\"Hi \\\"you\\\"\"}\n\n");
    }

    @ParameterizedTest(name = "stream={0} -> {1}")
    @CsvSource({"true, true", "TRUE, true", "false, false", "'', false"})
    void reads_the_stream_field(String value, boolean streamed) {
        assertThat(TranscriptionRequestReader.streamed(Map.of("stream", List.of(value))))
                .isEqualTo(streamed);
        assertThat(TranscriptionRequestReader.streamed(Map.of())).isFalse();
    }

    @Test
    void refuses_a_stream_field_that_is_neither_true_nor_false() {
        var thrown = catchThrowableOfType(
                WireFormatException.class, () -> TranscriptionRequestReader.streamed(Map.of("stream", List.of("yes"))));

        assertThat(thrown.param()).isEqualTo("stream");
        assertThat(thrown.getMessage()).isEqualTo("stream must be true or false");
    }

    private static String text(TranscriptionEvent event) {
        return new String(TranscriptionEventWriter.write(event), StandardCharsets.UTF_8);
    }
}
