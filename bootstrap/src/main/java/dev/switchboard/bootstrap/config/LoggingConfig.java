package dev.switchboard.bootstrap.config;

import java.util.List;
import java.util.Locale;

/**
 * How much the gateway logs: the {@code logging} section.
 *
 * @param level one of {@code TRACE, DEBUG, INFO, WARN, ERROR, OFF} (default {@code INFO})
 */
public record LoggingConfig(String level) {

    /** The levels accepted, in any letter case. */
    public static final List<String> LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

    public LoggingConfig {
        if (level == null || !LEVELS.contains(level)) {
            throw new IllegalArgumentException("logging.level must be one of " + String.join(", ", LEVELS));
        }
    }

    public static LoggingConfig defaults() {
        return new LoggingConfig("INFO");
    }

    static LoggingConfig read(Node logging) {
        String level = logging.text("level", "INFO").toUpperCase(Locale.ROOT);
        logging.rejectUnknown();
        if (LEVELS.contains(level)) return new LoggingConfig(level);
        logging.report("level", "must be one of " + String.join(", ", LEVELS));
        return defaults();
    }
}
