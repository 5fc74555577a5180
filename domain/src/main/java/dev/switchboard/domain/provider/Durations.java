package dev.switchboard.domain.provider;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as configuration writes them: {@code 30} (seconds), {@code 250ms}, {@code 30s}, {@code 2m}, {@code 1h}. */
public final class Durations {

    private static final Pattern SHAPE = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");

    private Durations() {}

    public static Optional<Duration> parse(String text) {
        Matcher m = SHAPE.matcher(text.trim());
        if (!m.matches()) return Optional.empty();
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> amount;
            case "m" -> amount * 60_000;
            case "h" -> amount * 3_600_000;
            default -> amount * 1000;
        };
        return Optional.of(Duration.ofMillis(Math.round(millis)));
    }
}
