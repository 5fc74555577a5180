package dev.switchboard.adapters.providers.shared;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One server-sent event, as the HTML standard's event stream format defines it.
 *
 * @param event the {@code event:} field, or {@code message} when the event has none
 * @param data the {@code data:} lines joined with {@code \n}
 * @param id the last event id the stream set, or null when it set none
 */
public record SseEvent(String event, String data, @Nullable String id) {

    public SseEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(data, "data");
    }
}
