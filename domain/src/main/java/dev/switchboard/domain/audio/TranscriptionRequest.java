package dev.switchboard.domain.audio;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Speech to text ({@code /v1/audio/transcriptions}).
 *
 * @param audio the file's bytes; copied in and out
 * @param filename the file's name as uploaded; providers use its extension to tell the format
 * @param responseFormat {@code json}, {@code text}, {@code srt}, {@code verbose_json} or {@code vtt}; null for json
 * @param timestampGranularities {@code word} and/or {@code segment}
 */
public record TranscriptionRequest(
        String model,
        byte[] audio,
        String filename,
        @Nullable String language,
        @Nullable String prompt,
        @Nullable String responseFormat,
        @Nullable Double temperature,
        List<String> timestampGranularities) {

    public TranscriptionRequest {
        if (model == null || model.isBlank()) throw new IllegalArgumentException("model must not be blank");
        if (audio == null || audio.length == 0) throw new IllegalArgumentException("file must not be empty");
        audio = audio.clone();
        Objects.requireNonNull(filename, "filename");
        timestampGranularities = List.copyOf(timestampGranularities);
    }

    @Override
    public byte[] audio() {
        return audio.clone();
    }

    public TranscriptionRequest withModel(String newModel) {
        return new TranscriptionRequest(
                newModel, audio, filename, language, prompt, responseFormat, temperature, timestampGranularities);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TranscriptionRequest that
                && model.equals(that.model)
                && java.util.Arrays.equals(audio, that.audio)
                && filename.equals(that.filename)
                && Objects.equals(language, that.language)
                && Objects.equals(prompt, that.prompt)
                && Objects.equals(responseFormat, that.responseFormat)
                && Objects.equals(temperature, that.temperature)
                && timestampGranularities.equals(that.timestampGranularities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, java.util.Arrays.hashCode(audio), filename, language, prompt, responseFormat);
    }

    @Override
    public String toString() {
        return "TranscriptionRequest[model=" + model + ", filename=" + filename + ", bytes=" + audio.length + "]";
    }
}
