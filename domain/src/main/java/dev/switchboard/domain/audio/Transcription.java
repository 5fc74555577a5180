package dev.switchboard.domain.audio;

import java.util.Objects;

/**
 * A transcription in the format the client asked for.
 *
 * @param contentType {@code application/json} for json and verbose_json, {@code text/plain} and the like otherwise
 * @param body the provider's answer in that format
 * @param text the transcribed text alone, for accounting and for callers of the library
 */
public record Transcription(String contentType, String body, String text) {

    public Transcription {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(text, "text");
    }
}
