package dev.switchboard.adapters.providers.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads UTF-8 lines ended by CR, LF or CRLF, returning each line as soon as its end arrived: it never waits for more
 * bytes than the line needs. A last line without an end is returned too. One reader serves one stream on one thread.
 */
final class LineReader {

    /** The longest line accepted; a longer one is not a stream any provider documents. */
    static final int MAX_LINE = 32 * 1024 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private int length;
    private boolean afterCr;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its end, or null at the end of the input. */
    @Nullable
    String next() throws IOException {
        length = 0;
        boolean started = false;
        while (true) {
            if (position == limit && !fill()) return started ? text() : null;
            if (afterCr) {
                afterCr = false;
                // CRLF is one line end: the LF after a CR belongs to the line already returned.
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            started = true;
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') position++;
            append(start, position - start);
            if (position < limit) {
                afterCr = buffer[position++] == '\r';
                return text();
            }
        }
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) return false;
        position = 0;
        limit = read;
        return true;
    }

    private void append(int start, int count) throws IOException {
        if (length + count > MAX_LINE) throw new TooLong();
        if (length + count > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        System.arraycopy(buffer, start, line, length, count);
        length += count;
    }

    private String text() {
        return new String(line, 0, length, StandardCharsets.UTF_8);
    }

    /** A line longer than {@link #MAX_LINE}: the upstream is not sending what it documents. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("a line of the upstream's answer exceeds " + MAX_LINE + " bytes");
        }
    }
}
