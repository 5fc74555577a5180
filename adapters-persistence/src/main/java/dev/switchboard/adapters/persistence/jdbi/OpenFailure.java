package dev.switchboard.adapters.persistence.jdbi;

import dev.switchboard.domain.store.StorageSettings;
import java.util.regex.Pattern;

/**
 * The exception for a database that cannot be opened or migrated. Driver and Flyway messages may quote the URL, and a
 * URL may carry a password, so every message is redacted; a cause whose own messages would show the password is left
 * out rather than passed on.
 */
final class OpenFailure {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;\\s)]*");
    private static final String HIDDEN = "***";

    private OpenFailure() {}

    static IllegalStateException of(String what, StorageSettings settings, RuntimeException cause) {
        var message = what + " " + redact(settings.url(), settings) + ": "
                + redact(String.valueOf(cause.getMessage()), settings);
        var failure = new IllegalStateException(message);
        if (!revealsPassword(cause, settings)) {
            failure.initCause(cause);
        }
        return failure;
    }

    /** {@code text} without the settings' password and without any {@code password=} parameter's value. */
    static String redact(String text, StorageSettings settings) {
        var redacted = PASSWORD_PARAMETER.matcher(text).replaceAll("$1" + HIDDEN);
        var password = settings.password();
        return password == null ? redacted : redacted.replace(password.reveal(), HIDDEN);
    }

    private static boolean revealsPassword(Throwable failure, StorageSettings settings) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            var message = String.valueOf(cause.getMessage());
            if (!redact(message, settings).equals(message)) {
                return true;
            }
        }
        return false;
    }
}
