package dev.switchboard.domain.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A secret such as an API key. It never shows itself: {@link #toString()} is {@code Secret[redacted]}, so a secret that
 * reaches a log line or an exception message by accident stays hidden. Only adapters that must send it call
 * {@link #reveal()}.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("secret must not be blank");
        return new Secret(value);
    }

    /** The secret itself, for the header or signature that needs it; never log the result. */
    public String reveal() {
        return value;
    }

    /** The last four characters, for operators telling keys apart ({@code ...a1b2}). */
    public String fingerprint() {
        return value.length() <= 8 ? "..." : "..." + value.substring(value.length() - 4);
    }

    /** Compares in time independent of where the values differ. */
    public boolean matches(String candidate) {
        return MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && matches(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}
