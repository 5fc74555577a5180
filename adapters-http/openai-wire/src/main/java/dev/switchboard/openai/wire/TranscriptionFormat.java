package dev.switchboard.openai.wire;

import java.util.Arrays;
import java.util.Optional;

/** The {@code response_format} of a transcription: OpenAI's JSON shapes, plain text, or subtitles. */
public enum TranscriptionFormat {
    JSON("json"),
    TEXT("text"),
    SRT("srt"),
    VERBOSE_JSON("verbose_json"),
    VTT("vtt");

    private final String wire;

    TranscriptionFormat(String wire) {
        this.wire = wire;
    }

    /** The value of {@code response_format} on the wire. */
    public String wire() {
        return wire;
    }

    public static Optional<TranscriptionFormat> fromWire(String value) {
        return Arrays.stream(values())
                .filter(format -> format.wire.equals(value))
                .findFirst();
    }
}
