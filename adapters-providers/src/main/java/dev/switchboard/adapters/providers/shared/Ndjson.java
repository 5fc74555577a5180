package dev.switchboard.adapters.providers.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The one reader of newline-delimited JSON ({@code application/x-ndjson}), as Ollama's native API streams it. */
public final class Ndjson {

    private Ndjson() {}

    /**
     * The non-blank lines of {@code in}, each one JSON text, read lazily: a line is handed on as soon as its end
     * arrived. A read failure is an {@link UncheckedIOException} from the stream's traversal. The caller closes
     * {@code in}.
     */
    public static Stream<String> lines(InputStream in) {
        var lines = new LineReader(in);
        var items =
                new Spliterators.AbstractSpliterator<String>(
                        Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
                    @Override
                    public boolean tryAdvance(Consumer<? super String> action) {
                        try {
                            String line;
                            do {
                                line = lines.next();
                                if (line == null) return false;
                            } while (line.isBlank());
                            action.accept(line);
                            return true;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                };
        return StreamSupport.stream(items, false);
    }
}
