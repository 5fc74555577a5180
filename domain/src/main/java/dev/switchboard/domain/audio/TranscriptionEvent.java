package dev.switchboard.domain.audio;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event of a streamed transcription ({@code stream=true}): pieces of text as the provider transcribes them, then
 * the whole text once it is done. A stream that ends without {@link Done} was cut short and fails while reading.
 */
public sealed interface TranscriptionEvent {

    /** Text transcribed since the last delta; appended in order, the deltas make the whole text. */
    record TextDelta(String delta) implements TranscriptionEvent {
        public TextDelta {
            Objects.requireNonNull(delta, "delta");
        }
    }

    /**
     * The end of the transcription.
     *
     * @param text the whole transcribed text
     * @param usage the tokens the transcription used, or null when the provider reported none
     */
    record Done(String text, @Nullable TranscriptionUsage usage) implements TranscriptionEvent {
        public Done {
            Objects.requireNonNull(text, "text");
        }
    }
}
