package dev.switchboard.openai.wire;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * JSON that does not follow OpenAI's format: not JSON at all, a missing field, a wrong type or a value out of range.
 * The message is fit for the client (it names the field and never a Java type); the inbound API answers it with 400
 * and {@link #param()} in the error body. No stack trace is captured: bad input is data, not a bug.
 */
public final class WireFormatException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final @Nullable String param;

    /**
     * @param message what is wrong, naming the field
     * @param param the field's path, such as {@code messages[2].role}, or null when the body as a whole is wrong
     */
    public WireFormatException(String message, @Nullable String param) {
        super(message, null, false, false);
        this.param = param;
    }

    /** The path of the offending field, such as {@code messages[2].role}; null when the body as a whole is wrong. */
    public @Nullable String param() {
        return param;
    }
}
