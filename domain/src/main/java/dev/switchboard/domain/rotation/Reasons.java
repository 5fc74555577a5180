package dev.switchboard.domain.rotation;

/** The rules for the operator-facing reason of a cooldown or a disable. */
final class Reasons {

    static final int MAX_LENGTH = 500;

    private Reasons() {}

    static void check(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("reason must be 1-" + MAX_LENGTH + " characters");
        }
    }

    /** {@code prefix: detail}, cut to fit; the detail is dropped when blank. */
    static String of(String prefix, String detail) {
        String text = detail.isBlank() ? prefix : prefix + ": " + detail.strip();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }
}
