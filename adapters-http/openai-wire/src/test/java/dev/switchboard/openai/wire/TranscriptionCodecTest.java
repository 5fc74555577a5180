package dev.switchboard.openai.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.audio.Transcription;
import dev.switchboard.domain.audio.TranscriptionRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TranscriptionCodecTest {

    private static final byte[] AUDIO = {82, 73, 70, 70};

    @Test
    void reads_the_model_and_file_alone() {
        var request = TranscriptionRequestReader.read(Map.of("model", List.of("openai/whisper-1")), AUDIO, "a.mp3");

        assertThat(request)
                .isEqualTo(new TranscriptionRequest(
                        "openai/whisper-1", AUDIO, "a.mp3", null, null, null, null, List.of()));
    }

    @Test
    void reads_every_field_openai_documents() {
        var fields = new LinkedHashMap<String, List<String>>();
        fields.put("model", List.of("whisper-1"));
        fields.put("language", List.of("de"));
        fields.put("prompt", List.of("Switchboard, Javalin"));
        fields.put("response_format", List.of("verbose_json"));
        fields.put("temperature", List.of("0.2"));
        fields.put("timestamp_granularities[]", List.of("word", "segment", "word"));
        fields.put("stream", List.of("false"));
        fields.put("include[]", List.of("logprobs"));

        var request = TranscriptionRequestReader.read(fields, AUDIO, "talk.wav");

        assertThat(request)
                .isEqualTo(new TranscriptionRequest(
                        "whisper-1",
                        AUDIO,
                        "talk.wav",
                        "de",
                        "Switchboard, Javalin",
                        "verbose_json",
                        0.2,
                        List.of("word", "segment")));
    }

    @Test
    void treats_empty_values_as_absent_and_takes_granularities_without_brackets() {
        var request = TranscriptionRequestReader.read(
                Map.of(
                        "model", List.of(" ", "m"),
                        "language", List.of(""),
                        "timestamp_granularities", List.of("Segment")),
                AUDIO,
                "a.mp3");

        assertThat(request.model()).isEqualTo("m");
        assertThat(request.language()).isNull();
        assertThat(request.timestampGranularities()).containsExactly("segment");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"json", "text", "srt", "verbose_json", "vtt"})
    void accepts_each_response_format(String format) {
        var request = TranscriptionRequestReader.read(
                Map.of("model", List.of("m"), "response_format", List.of(format)), AUDIO, "a.mp3");

        assertThat(request.responseFormat()).isEqualTo(format);
        assertThat(TranscriptionFormat.fromWire(format).orElseThrow().wire()).isEqualTo(format);
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of(
                        Map.of("response_format", List.of("mp3")),
                        "response_format",
                        "response_format must be one of json, text, srt, verbose_json, vtt"),
                Arguments.of(Map.of("temperature", List.of("warm")), "temperature", "temperature must be a number"),
                Arguments.of(
                        Map.of("temperature", List.of("1.5")), "temperature", "temperature must be between 0 and 1"),
                Arguments.of(
                        Map.of("temperature", List.of("NaN")), "temperature", "temperature must be between 0 and 1"),
                Arguments.of(
                        Map.of("timestamp_granularities[]", List.of("word", "char")),
                        "timestamp_granularities[]",
                        "timestamp_granularities[] must be word or segment"),
                Arguments.of(Map.of("stream", List.of("maybe")), "stream", "stream must be true or false"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("violations")
    void names_the_field_of_every_violation(Map<String, List<String>> extra, String param, String message) {
        var fields = new LinkedHashMap<String, List<String>>(extra);
        fields.put("model", List.of("m"));

        var thrown = catchThrowableOfType(
                WireFormatException.class, () -> TranscriptionRequestReader.read(fields, AUDIO, "a.mp3"));

        assertThat(thrown.param()).isEqualTo(param);
        assertThat(thrown.getMessage()).isEqualTo(message);
    }

    @Test
    void requires_a_file_upload_and_a_model() {
        assertThat(failure(Map.of("model", List.of("m")), null)).isEqualTo("file is required");
        assertThat(failure(Map.of("model", List.of("m"), "file", List.of("audio.mp3")), null))
                .isEqualTo("file must be a file upload, not a text field");
        assertThat(failure(Map.of("model", List.of("m")), new byte[0])).isEqualTo("file must not be empty");
        assertThat(failure(Map.of("model", List.of("")), AUDIO)).isEqualTo("model is required");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "application/json                 | application/json",
                "application/json; charset=utf-8  | application/json",
                "text/plain                       | text/plain; charset=utf-8",
                "text/vtt; charset=ISO-8859-1     | text/vtt; charset=utf-8",
                "application/octet-stream         | text/plain; charset=utf-8",
                "''                               | text/plain; charset=utf-8"
            })
    void answers_json_as_json_and_everything_else_as_utf8_text(String upstream, String answered) {
        var transcription = new Transcription(upstream, "1\n00:00:00,000 --> 00:00:01,000\nÜber\n", "Über");

        assertThat(TranscriptionResponseWriter.contentType(transcription)).isEqualTo(answered);
        assertThat(TranscriptionResponseWriter.body(transcription))
                .isEqualTo("1\n00:00:00,000 --> 00:00:01,000\nÜber\n".getBytes(StandardCharsets.UTF_8));
    }

    private static String failure(Map<String, List<String>> fields, byte[] audio) {
        return catchThrowableOfType(
                        WireFormatException.class, () -> TranscriptionRequestReader.read(fields, audio, "a.mp3"))
                .getMessage();
    }
}
