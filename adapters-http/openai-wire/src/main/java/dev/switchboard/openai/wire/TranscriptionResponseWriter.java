package dev.switchboard.openai.wire;

import dev.switchboard.domain.audio.Transcription;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes a transcription as the provider answered it: the body untouched, JSON as {@code application/json}, and text,
 * SRT and VTT as text in UTF-8 (the body is Java text, so it travels as UTF-8 whatever charset the provider used).
 */
public final class TranscriptionResponseWriter {

    private static final String TEXT = "text/plain; charset=utf-8";

    private TranscriptionResponseWriter() {}

    /** The body as UTF-8. */
    public static byte[] body(Transcription transcription) {
        return transcription.body().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The {@code Content-Type} to answer with: {@code application/json} for any JSON type, the provider's
     * {@code text/*} type with {@code charset=utf-8}, and {@code text/plain; charset=utf-8} for anything else.
     */
    public static String contentType(Transcription transcription) {
        String media = transcription.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (media.equals("application/json") || media.endsWith("+json")) return "application/json";
        return media.startsWith("text/") ? media + "; charset=utf-8" : TEXT;
    }
}
