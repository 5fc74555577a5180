package dev.switchboard.bench.upstream;

import java.util.regex.Pattern;

/**
 * How the fake upstream streams: {@code chunks} content events, {@code gapMillis} apart. Read from the model name
 * ({@code bench-stream-20x10ms}: 20 chunks, 10 ms apart), because the gateway passes the model name through and no
 * other request field.
 *
 * @param chunks content events before the final one, at least 1
 * @param gapMillis pause between two content events, at least 0
 */
public record StreamSpec(int chunks, int gapMillis) {

    /** What a model without the {@code bench-stream-NxMms} shape streams: 20 chunks, back to back. */
    public static final StreamSpec DEFAULT = new StreamSpec(20, 0);

    private static final Pattern SHAPE = Pattern.compile("bench-stream-(\\d{1,5})x(\\d{1,5})ms");

    public StreamSpec {
        if (chunks < 1) throw new IllegalArgumentException("chunks must be at least 1: " + chunks);
        if (gapMillis < 0) throw new IllegalArgumentException("gapMillis must not be negative: " + gapMillis);
    }

    /** The spec a model name asks for, or {@link #DEFAULT}. */
    public static StreamSpec of(String model) {
        var matcher = SHAPE.matcher(model);
        if (!matcher.matches()) return DEFAULT;
        return new StreamSpec(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The model name that asks for this spec. */
    public String model() {
        return "bench-stream-" + chunks + "x" + gapMillis + "ms";
    }
}
