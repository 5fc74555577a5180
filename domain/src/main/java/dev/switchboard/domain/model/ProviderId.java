package dev.switchboard.domain.model;

import java.util.regex.Pattern;

/**
 * The name a provider is configured under: the {@code openai} in {@code /openai/v1/...} and in {@code openai/gpt-4o}.
 * Lower-case letters, digits, {@code -} and {@code _}, starting with a letter or digit, at most 64 characters.
 */
public record ProviderId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public ProviderId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "provider id must be 1-64 lower-case letters, digits, '-' or '_', starting with a letter or digit: "
                            + value);
        }
    }

    public static ProviderId of(String value) {
        return new ProviderId(value);
    }

    /** True when {@code value} has the shape of a provider id. */
    public static boolean isValid(String value) {
        return SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
