package dev.switchboard.openai.wire;

import java.util.Arrays;
import java.util.Optional;

/** How embedding vectors travel: JSON float arrays, or base64 of little-endian float32 (what OpenAI's Python SDK asks for). */
public enum EncodingFormat {
    FLOAT("float"),
    BASE64("base64");

    private final String wire;

    EncodingFormat(String wire) {
        this.wire = wire;
    }

    /** The value of {@code encoding_format} on the wire. */
    public String wire() {
        return wire;
    }

    public static Optional<EncodingFormat> fromWire(String value) {
        return Arrays.stream(values())
                .filter(format -> format.wire.equals(value))
                .findFirst();
    }
}
