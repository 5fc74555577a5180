package dev.switchboard.adapters.http;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.provider.ProviderException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Event sequences and streams for {@link FakeModelProvider}. */
final class FakeStreams {

    private FakeStreams() {}

    static List<ChatEvent> text(String... pieces) {
        var events = new ArrayList<ChatEvent>();
        events.add(new ChatEvent.Started("upstream-1", "echo"));
        for (String piece : pieces) events.add(new ChatEvent.TextDelta(0, piece));
        events.add(new ChatEvent.Finished(0, FinishReason.STOP));
        events.add(new ChatEvent.UsageReported(Usage.of(5, 2)));
        return events;
    }

    static List<ChatEvent> toolCalls() {
        return List.of(
                new ChatEvent.ToolCallDelta(0, 0, "call_1", "get_weather", ""),
                new ChatEvent.ToolCallDelta(0, 0, null, null, "{\"city\":\"Paris\"}"),
                new ChatEvent.ToolCallDelta(0, 1, "call_2", "get_time", ""),
                new ChatEvent.ToolCallDelta(0, 1, null, null, "{}"),
                new ChatEvent.Finished(0, FinishReason.TOOL_CALLS),
                new ChatEvent.UsageReported(Usage.of(20, 10)));
    }

    /** Text deltas every 20 ms, forever, until closed. */
    static ChatStream endless(Runnable onClose) {
        Iterator<ChatEvent> events = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ChatEvent next() {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new NoSuchElementException("interrupted");
                }
                return new ChatEvent.TextDelta(0, "tick ");
            }
        };
        return ChatStream.from(events, onClose);
    }

    /** The given events, then {@code failure} when the next one is read. */
    static ChatStream failing(List<ChatEvent> before, ProviderException failure, Runnable onClose) {
        Iterator<ChatEvent> delivered = before.iterator();
        Iterator<ChatEvent> events = new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (delivered.hasNext()) return true;
                throw failure;
            }

            @Override
            public ChatEvent next() {
                if (!hasNext()) throw new NoSuchElementException();
                return delivered.next();
            }
        };
        return ChatStream.from(events, onClose);
    }
}
