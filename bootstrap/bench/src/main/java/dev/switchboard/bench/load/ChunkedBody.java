package dev.switchboard.bench.load;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/** A body in HTTP/1.1 chunked transfer coding, decoded; it ends after the last chunk and its trailer. */
final class ChunkedBody extends InputStream {

    private final HttpConnection connection;
    private long left;
    private boolean done;

    ChunkedBody(HttpConnection connection) {
        this.connection = connection;
    }

    @Override
    public int read() throws IOException {
        if (done) return -1;
        if (left == 0 && !nextChunk()) return -1;
        int b = connection.read();
        if (b < 0) throw new EOFException("the body ended inside a chunk");
        left--;
        if (left == 0) requireLine("");
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (done) return -1;
        if (length == 0) return 0;
        if (left == 0 && !nextChunk()) return -1;
        int read = connection.read(buffer, offset, (int) Math.min(length, left));
        if (read < 0) throw new EOFException("the body ended inside a chunk");
        left -= read;
        if (left == 0) requireLine("");
        return read;
    }

    private boolean nextChunk() throws IOException {
        String size = requireLine(null);
        int extension = size.indexOf(';');
        left = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).strip(), 16);
        if (left > 0) return true;
        // The last chunk: skip the trailer up to its empty line.
        while (!requireLine(null).isEmpty()) {
            // Trailer fields are not used.
        }
        done = true;
        return false;
    }

    private String requireLine(@Nullable String expected) throws IOException {
        String line = connection.line();
        if (line == null) throw new EOFException("the body ended inside its chunked framing");
        if (expected != null && !line.equals(expected)) throw new IOException("bad chunk framing");
        return line;
    }
}
