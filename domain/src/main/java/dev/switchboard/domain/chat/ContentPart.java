package dev.switchboard.domain.chat;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One part of a message's content, as the OpenAI schema allows it. */
public sealed interface ContentPart {

    /** Plain text. */
    record Text(String text) implements ContentPart {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * An image by URL: {@code https://...} or a {@code data:image/png;base64,...} URL.
     *
     * @param detail {@code auto}, {@code low} or {@code high}, when the client chose one
     */
    record Image(String url, @Nullable String detail) implements ContentPart {
        public Image {
            if (url == null || url.isBlank()) throw new IllegalArgumentException("image url must not be blank");
        }
    }

    /**
     * Audio given inline.
     *
     * @param data base64 of the audio bytes
     * @param format {@code wav}, {@code mp3}, ...
     */
    record Audio(String data, String format) implements ContentPart {
        public Audio {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(format, "format");
        }
    }

    static ContentPart text(String text) {
        return new Text(text);
    }

    static ContentPart image(String url) {
        return new Image(url, null);
    }
}
