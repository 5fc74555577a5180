package dev.switchboard.adapters.providers.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The one parser of server-sent events (<a href="https://html.spec.whatwg.org/multipage/server-sent-events.html">the
 * HTML standard's event stream format</a>): lines end in CR, LF or CRLF; a blank line ends an event; several
 * {@code data:} lines are joined with {@code \n}; comments ({@code :...}), {@code retry:} and unknown fields are
 * ignored; a leading byte order mark is skipped; an event the input ends in the middle of is dropped.
 */
public final class Sse {

    private Sse() {}

    /**
     * The events of {@code in}, read lazily: each event is handed on as soon as its blank line arrived, and nothing
     * beyond it is read. A read failure is an {@link UncheckedIOException} from the stream's traversal. The caller
     * closes {@code in}.
     */
    public static Stream<SseEvent> events(InputStream in) {
        var parser = new Parser(new LineReader(in));
        var events =
                new Spliterators.AbstractSpliterator<SseEvent>(
                        Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
                    @Override
                    public boolean tryAdvance(Consumer<? super SseEvent> action) {
                        SseEvent event = parser.next();
                        if (event == null) return false;
                        action.accept(event);
                        return true;
                    }
                };
        return StreamSupport.stream(events, false);
    }

    /** The parser's state: the event being read, and the last event id, which outlives its event. */
    private static final class Parser {
        private final LineReader lines;
        private boolean first = true;
        private @Nullable String lastId;
        private @Nullable StringBuilder data;
        private @Nullable String event;

        Parser(LineReader lines) {
            this.lines = lines;
        }

        @Nullable
        SseEvent next() {
            while (true) {
                String line = read();
                if (line == null) return null;
                if (!line.isEmpty()) {
                    if (line.charAt(0) != ':') field(line);
                    continue;
                }
                StringBuilder complete = data;
                String type = event;
                data = null;
                event = null;
                if (complete != null) return new SseEvent(type == null ? "message" : type, complete.toString(), lastId);
            }
        }

        private void field(String line) {
            int colon = line.indexOf(':');
            String name = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : value(line, colon);
            switch (name) {
                case "data" ->
                    data = data == null
                            ? new StringBuilder(value)
                            : data.append('\n').append(value);
                case "event" -> event = value;
                case "id" -> lastId = value.indexOf('\0') < 0 ? value : lastId;
                default -> {
                    // retry: and unknown fields mean nothing to a client that does not reconnect.
                }
            }
        }

        private @Nullable String read() {
            try {
                String line = lines.next();
                if (first && line != null) {
                    first = false;
                    if (line.startsWith("\uFEFF")) return line.substring(1);
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String value(String line, int colon) {
            int start = colon + 1;
            if (start < line.length() && line.charAt(start) == ' ') start++;
            return line.substring(start);
        }
    }
}
