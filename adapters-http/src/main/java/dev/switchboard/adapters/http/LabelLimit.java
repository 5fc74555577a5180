package dev.switchboard.adapters.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a metric label's values bounded: the first {@code max} distinct values are used as they are (cut to
 * {@value #MAX_LENGTH} characters), every later one becomes {@value #OTHER}. Model names come from clients (a route
 * such as {@code provider/any-name} passes them on), so without a limit a caller could make the registry grow without
 * end. Thread-safe.
 */
final class LabelLimit {

    /** What a value past the limit is counted as. */
    static final String OTHER = "other";

    /** What a missing value is counted as. */
    static final String NONE = "none";

    private static final int MAX_LENGTH = 100;

    private final int max;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    LabelLimit(int max) {
        if (max < 1) throw new IllegalArgumentException("max must be positive");
        this.max = max;
    }

    /** The label value that stands for {@code value}. */
    String of(@Nullable String value) {
        if (value == null || value.isEmpty()) return NONE;
        String cut = value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
        if (seen.contains(cut)) return cut;
        // Two threads may both pass the size check and go one or two past the limit: harmless, and bounded.
        if (seen.size() >= max) return OTHER;
        seen.add(cut);
        return cut;
    }
}
