package dev.switchboard.bootstrap.config;

import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.provider.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One mapping of the configuration tree, read key by key. Every key read is remembered as known, so that
 * {@link #rejectUnknown()} can report the rest. A value of the wrong shape is reported with its full path and
 * replaced by the fallback, so reading goes on and finds the other problems too. No message repeats a value.
 */
final class Node {

    private final JsonValue.Obj mapping;
    private final String path;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();

    Node(JsonValue.Obj mapping, String path, Problems problems) {
        this.mapping = mapping;
        this.path = path;
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Reports a problem with the value under {@code key}. */
    void report(String key, String message) {
        problems.addOnce(pathOf(key), message);
    }

    /** The value under {@code key}, empty when it is absent or null. */
    Optional<JsonValue> value(String key) {
        known.add(key);
        JsonValue value = mapping.fields().get(key);
        return value == null || value instanceof JsonValue.Null ? Optional.empty() : Optional.of(value);
    }

    Optional<String> text(String key) {
        return value(key).flatMap(value -> Scalars.text(value, pathOf(key), problems));
    }

    String text(String key, String fallback) {
        return text(key).orElse(fallback);
    }

    Optional<String> requiredText(String key) {
        if (value(key).isEmpty()) report(key, "is required");
        return text(key);
    }

    Optional<Secret> secret(String key) {
        return text(key).map(Secret::of);
    }

    /** A whole number from {@code min} to {@code max}. */
    long whole(String key, long fallback, long min, long max) {
        Optional<JsonValue> value = value(key);
        if (value.isEmpty()) return fallback;
        Optional<Long> number = Scalars.whole(value.get()).filter(n -> n >= min && n <= max);
        if (number.isEmpty()) {
            report(
                    key,
                    max == Long.MAX_VALUE
                            ? "must be a whole number greater than " + (min - 1)
                            : "must be a whole number from " + min + " to " + max);
        }
        return number.orElse(fallback);
    }

    /**
     * A duration from {@code min} to {@code max}: a number of seconds, or text such as {@code 500ms}, {@code 30s},
     * {@code 5m} or {@code 1h}; {@code range} says the bounds in the problem reported.
     */
    Duration duration(String key, Duration fallback, Duration min, Duration max, String range) {
        Optional<Duration> duration =
                text(key).flatMap(Durations::parse).filter(d -> d.compareTo(min) >= 0 && d.compareTo(max) <= 0);
        if (duration.isEmpty() && value(key).isPresent()) {
            report(key, "must be a duration " + range + ", such as 30s, 500ms or 5m");
        }
        return duration.orElse(fallback);
    }

    /** A number at least {@code min} and below {@code below}. */
    double fraction(String key, double fallback, double min, double below) {
        Optional<JsonValue> value = value(key);
        if (value.isEmpty()) return fallback;
        Optional<Double> number = Scalars.decimal(value.get()).filter(n -> n >= min && n < below);
        if (number.isEmpty()) report(key, "must be a number from " + min + " up to but not including " + below);
        return number.orElse(fallback);
    }

    boolean bool(String key, boolean fallback) {
        Optional<JsonValue> value = value(key);
        if (value.isEmpty()) return fallback;
        Optional<Boolean> bool = Scalars.bool(value.get());
        if (bool.isEmpty()) report(key, "must be true or false");
        return bool.orElse(fallback);
    }

    /** A list of non-blank texts; an absent key is an empty list. */
    List<String> texts(String key) {
        return texts(key, text -> true, "");
    }

    /** A list of non-blank texts that each pass {@code rule}; an item that does not is reported with {@code problem}. */
    List<String> texts(String key, Predicate<String> rule, String problem) {
        var texts = new ArrayList<String>();
        items(key)
                .forEach((itemPath, item) -> Scalars.text(item, itemPath, problems)
                        .ifPresent(text -> {
                            if (rule.test(text)) texts.add(text);
                            else problems.addOnce(itemPath, problem);
                        }));
        return texts;
    }

    /** A list of mappings; an absent key is an empty list. */
    List<Node> nodes(String key) {
        var nodes = new ArrayList<Node>();
        items(key).forEach((itemPath, item) -> {
            if (item instanceof JsonValue.Obj obj) nodes.add(new Node(obj, itemPath, problems));
            else problems.addOnce(itemPath, "must be a mapping");
        });
        return nodes;
    }

    /** The mapping under {@code key}, empty when it is absent or not a mapping (which is reported). */
    Optional<Node> child(String key) {
        return value(key).flatMap(value -> {
            if (value instanceof JsonValue.Obj obj) return Optional.of(new Node(obj, pathOf(key), problems));
            report(key, "must be a mapping");
            return Optional.empty();
        });
    }

    /** Every key of this mapping, in the order written. */
    Set<String> keys() {
        return mapping.fields().keySet();
    }

    /** The keys not read so far with their values, now counted as known: a provider's own settings. */
    Map<String, JsonValue> rest() {
        var rest = new LinkedHashMap<String, JsonValue>();
        mapping.fields().forEach((key, value) -> {
            if (known.add(key)) rest.put(key, value);
        });
        return rest;
    }

    /** Reports every key that was never read, with the keys that are known here. */
    void rejectUnknown() {
        for (String key : mapping.fields().keySet()) {
            if (!known.contains(key)) {
                problems.add(pathOf(key), "unknown key (known keys: " + String.join(", ", known) + ")");
            }
        }
    }

    private Map<String, JsonValue> items(String key) {
        var items = new LinkedHashMap<String, JsonValue>();
        Optional<JsonValue> value = value(key);
        if (value.isPresent() && value.get() instanceof JsonValue.Arr arr) {
            for (int i = 0; i < arr.items().size(); i++)
                items.put(pathOf(key) + "[" + i + "]", arr.items().get(i));
        } else if (value.isPresent()) {
            report(key, "must be a list");
        }
        return items;
    }
}
