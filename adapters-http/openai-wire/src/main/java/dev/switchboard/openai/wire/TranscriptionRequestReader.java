package dev.switchboard.openai.wire;

import dev.switchboard.domain.audio.TranscriptionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of a {@code POST /audio/transcriptions} form (multipart/form-data): {@code file} and {@code model}
 * (required), {@code language}, {@code prompt}, {@code response_format} ({@code json} when absent, or {@code text},
 * {@code srt}, {@code verbose_json}, {@code vtt}), {@code temperature} (0 to 1), {@code timestamp_granularities[]}
 * (repeated; {@code word}, {@code segment}) and {@code stream} ({@code true} or {@code false}, read by
 * {@link #streamed}). Empty values count as absent, and the first of repeated single fields wins; other fields
 * ({@code include[]}, {@code chunking_strategy}...) are ignored.
 */
public final class TranscriptionRequestReader {

    private static final String GRANULARITIES = "timestamp_granularities[]";

    private TranscriptionRequestReader() {}

    /**
     * Reads a transcription request.
     *
     * @param fields the form's text fields by name, values in the order sent
     * @param audio the bytes of the {@code file} upload, or null when there was none
     * @param filename the uploaded file's name, whose extension tells providers the audio format
     * @throws WireFormatException naming the field that is missing or wrong
     */
    public static TranscriptionRequest read(
            Map<String, List<String>> fields, byte @Nullable [] audio, String filename) {
        if (audio == null) {
            String problem = first(fields, "file") == null ? "is required" : "must be a file upload, not a text field";
            throw invalid("file", problem);
        }
        if (audio.length == 0) throw invalid("file", "must not be empty");
        String model = first(fields, "model");
        if (model == null) throw invalid("model", "is required");
        var unused = checkStream(first(fields, "stream"));
        return new TranscriptionRequest(
                model,
                audio,
                filename,
                first(fields, "language"),
                first(fields, "prompt"),
                format(first(fields, "response_format")),
                temperature(first(fields, "temperature")),
                granularities(fields));
    }

    /**
     * Whether the form asks for a streamed transcription ({@code stream=true}); false when the field is absent.
     *
     * @throws WireFormatException when {@code stream} is neither true nor false
     */
    public static boolean streamed(Map<String, List<String>> fields) {
        return checkStream(first(fields, "stream"));
    }

    private static boolean checkStream(@Nullable String stream) {
        if (stream == null || stream.equalsIgnoreCase("false")) return false;
        if (stream.equalsIgnoreCase("true")) return true;
        throw invalid("stream", "must be true or false");
    }

    private static @Nullable String format(@Nullable String format) {
        if (format == null) return null;
        return TranscriptionFormat.fromWire(format)
                .map(TranscriptionFormat::wire)
                .orElseThrow(() -> invalid("response_format", "must be one of json, text, srt, verbose_json, vtt"));
    }

    private static @Nullable Double temperature(@Nullable String text) {
        if (text == null) return null;
        double temperature;
        try {
            temperature = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw invalid("temperature", "must be a number");
        }
        if (!(temperature >= 0 && temperature <= 1)) throw invalid("temperature", "must be between 0 and 1");
        return temperature;
    }

    /** {@code timestamp_granularities[]} as OpenAI's SDKs send it, or without the brackets as some clients do. */
    private static List<String> granularities(Map<String, List<String>> fields) {
        var values = new ArrayList<String>(fields.getOrDefault(GRANULARITIES, List.of()));
        values.addAll(fields.getOrDefault("timestamp_granularities", List.of()));
        var granularities = new ArrayList<String>();
        for (String value : values) {
            String granularity = value.strip().toLowerCase(Locale.ROOT);
            if (!granularity.equals("word") && !granularity.equals("segment")) {
                throw invalid(GRANULARITIES, "must be word or segment");
            }
            if (!granularities.contains(granularity)) granularities.add(granularity);
        }
        return granularities;
    }

    /** The first value of a field, stripped; null when the field is absent or blank. */
    private static @Nullable String first(Map<String, List<String>> fields, String name) {
        return fields.getOrDefault(name, List.of()).stream()
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .findFirst()
                .orElse(null);
    }

    private static WireFormatException invalid(String field, String problem) {
        return new WireFormatException(field + " " + problem, field);
    }
}
