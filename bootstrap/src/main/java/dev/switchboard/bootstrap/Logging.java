package dev.switchboard.bootstrap;

import java.util.Locale;
import java.util.Map;

/**
 * Sets up logging before the first logger exists. Our code logs through {@code System.Logger}, which
 * slf4j-jdk-platform-logging hands to SLF4J's simple logger, configured here through its system properties.
 */
final class Logging {

    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private Logging() {}

    /** LOG_LEVEL from the environment (default INFO), timestamps, and quiet third-party internals. */
    static void configure(Map<String, String> env) {
        setIfAbsent("showDateTime", "true");
        setIfAbsent("dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        setIfAbsent("showThreadName", "false");
        setIfAbsent("log.org.eclipse.jetty", "warn");
        setIfAbsent("log.io.javalin", "warn");
        setIfAbsent("log.org.flywaydb", "warn");
        apply(env.getOrDefault("LOG_LEVEL", "INFO"));
    }

    /** The level for Switchboard's own loggers: TRACE, DEBUG, INFO, WARN, ERROR or OFF. */
    static void apply(String level) {
        System.setProperty(PREFIX + "defaultLogLevel", level.toLowerCase(Locale.ROOT));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(PREFIX + key) == null) System.setProperty(PREFIX + key, value);
    }
}
