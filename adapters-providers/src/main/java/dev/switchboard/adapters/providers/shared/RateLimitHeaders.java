package dev.switchboard.adapters.providers.shared;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads how long a rate-limited caller should wait, and the {@code x-ratelimit-*} headers, from an upstream answer.
 * OpenAI writes resets as Go durations ({@code 1.574s}, {@code 6m0s}); Cerebras as seconds and with the window in the
 * name ({@code x-ratelimit-reset-tokens-minute: 7.5}).
 */
final class RateLimitHeaders {

    private static final String PREFIX = "x-ratelimit-";
    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final OptionalDouble NONE = OptionalDouble.empty();
    private static final Pattern GO_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");
    private static final Pattern GO_DURATION = Pattern.compile("(?:" + GO_PART.pattern() + ")+");

    private RateLimitHeaders() {}

    /**
     * The wait the upstream asked for: {@code retry-after-ms}, else {@code retry-after} (seconds or an HTTP date),
     * else the longest reset of a limit whose remaining count is 0; null when none says.
     */
    static @Nullable Duration retryAfter(HttpHeaders headers, Clock clock) {
        OptionalDouble millis = headers.firstValue("retry-after-ms")
                .map(RateLimitHeaders::number)
                .orElse(NONE);
        if (millis.isPresent()) return Duration.ofNanos(Math.round(millis.getAsDouble() * 1e6));
        Optional<String> retryAfter = headers.firstValue("retry-after");
        if (retryAfter.isPresent()) {
            Optional<Duration> wait = seconds(retryAfter.get()).or(() -> date(retryAfter.get(), clock));
            if (wait.isPresent()) return wait.get();
        }
        return exhaustedReset(headers);
    }

    /** The {@code x-ratelimit-*} headers as {@code name: value, ...} in name order; empty when there are none. */
    static String summary(HttpHeaders headers) {
        var limits = limits(headers);
        var text = new StringBuilder();
        limits.forEach((name, value) -> text.append(text.isEmpty() ? "" : ", ")
                .append(name)
                .append(": ")
                .append(value));
        return text.toString();
    }

    private static @Nullable Duration exhaustedReset(HttpHeaders headers) {
        Duration longest = null;
        for (Map.Entry<String, String> limit : limits(headers).entrySet()) {
            String name = limit.getKey();
            if (!name.startsWith(PREFIX + "remaining-") || !limit.getValue().equals("0")) continue;
            String reset = PREFIX + "reset-" + name.substring((PREFIX + "remaining-").length());
            Duration wait =
                    headers.firstValue(reset).flatMap(RateLimitHeaders::reset).orElse(null);
            if (wait != null && (longest == null || wait.compareTo(longest) > 0)) longest = wait;
        }
        return longest;
    }

    /** The {@code x-ratelimit-*} headers, names in lower case, in name order. */
    static Map<String, String> limits(HttpHeaders headers) {
        var limits = new TreeMap<String, String>();
        headers.map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(PREFIX) && !values.isEmpty()) limits.put(lower, String.join(",", values));
        });
        return limits;
    }

    /** A reset: plain seconds or a Go duration. */
    static Optional<Duration> reset(String text) {
        Optional<Duration> plain = seconds(text);
        if (plain.isPresent()) return plain;
        if (!GO_DURATION.matcher(text.strip()).matches()) return Optional.empty();
        Matcher part = GO_PART.matcher(text.strip());
        double nanos = 0;
        while (part.find()) nanos += Double.parseDouble(part.group(1)) * unitNanos(part.group(2));
        return Optional.of(Duration.ofNanos(Math.round(nanos)));
    }

    private static double unitNanos(String unit) {
        return switch (unit) {
            case "ns" -> 1;
            case "us", "µs" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            default -> 3600e9;
        };
    }

    /** A non-negative number of seconds, fractions allowed. */
    private static Optional<Duration> seconds(String text) {
        OptionalDouble seconds = number(text);
        return seconds.isPresent()
                ? Optional.of(Duration.ofNanos(Math.round(seconds.getAsDouble() * 1e9)))
                : Optional.empty();
    }

    /** A non-negative decimal number such as {@code 7} or {@code 1.574}. */
    private static OptionalDouble number(String text) {
        String digits = text.strip();
        return DECIMAL.matcher(digits).matches() ? OptionalDouble.of(Double.parseDouble(digits)) : NONE;
    }

    private static Optional<Duration> date(String text, Clock clock) {
        try {
            var at = ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
