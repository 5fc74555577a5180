package dev.switchboard.domain.usage;

import java.util.Locale;

/** What usage totals may be grouped by. */
public enum UsageGrouping {
    /** The inbound key ({@link UsageRecord#client()}). */
    KEY,
    PROVIDER,
    MODEL,
    /** The day (UTC) the request ended. */
    DAY;

    /** @throws IllegalArgumentException naming the value when it is none of {@code key provider model day} */
    public static UsageGrouping parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "group_by takes key, provider, model and day, not '" + name.strip() + "'", e);
        }
    }
}
