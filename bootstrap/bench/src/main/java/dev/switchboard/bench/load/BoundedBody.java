package dev.switchboard.bench.load;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** A body of a known length, read from a connection that stays open after it. */
final class BoundedBody extends InputStream {

    private final InputStream in;
    private long left;

    BoundedBody(InputStream in, long length) {
        this.in = in;
        this.left = length;
    }

    @Override
    public int read() throws IOException {
        if (left == 0) return -1;
        int b = in.read();
        if (b < 0) throw new EOFException("the body ended early");
        left--;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (left == 0) return -1;
        if (length == 0) return 0;
        int read = in.read(buffer, offset, (int) Math.min(length, left));
        if (read < 0) throw new EOFException("the body ended early");
        left -= read;
        return read;
    }
}
