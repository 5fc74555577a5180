package dev.switchboard.bench.load;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A kept-alive HTTP/1.1 client connection on a plain socket: the load generator's own client, because
 * {@code java.net.http} costs more CPU per request than the gateway's target, and that CPU would be taken from the
 * gateway on a 2-core machine. One request at a time; not thread-safe.
 */
final class HttpConnection implements AutoCloseable {

    /** A response's status line and the headers that frame its body. */
    record Head(int status, long contentLength, boolean chunked) {}

    private final Socket socket;
    private final OutputStream out;
    private final BufferedInputStream in;

    private HttpConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }

    static HttpConnection open(Target target) throws IOException {
        var socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(target.address(), 5_000);
            socket.setSoTimeout(30_000);
            return new HttpConnection(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    void send(byte[] request) throws IOException {
        out.write(request);
        out.flush();
    }

    Head readHead() throws IOException {
        String status = requireLine();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) throw new IOException("bad status line");
        long length = -1;
        boolean chunked = false;
        for (String line = requireLine(); !line.isEmpty(); line = requireLine()) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:"))
                length = Long.parseLong(line.substring(15).strip());
            if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
        }
        return new Head(Integer.parseInt(status.substring(9, 12)), length, chunked);
    }

    /** Reads and drops the body, so the connection is ready for the next request. */
    void skipBody(Head head) throws IOException {
        if (head.chunked()) body(head).transferTo(OutputStream.nullOutputStream());
        else if (head.contentLength() > 0) in.skipNBytes(head.contentLength());
        else if (head.contentLength() < 0) throw new IOException("a body framed by closing the connection");
    }

    /** The body as a stream that ends where the body ends; the connection stays usable after it. */
    InputStream body(Head head) {
        if (head.chunked()) return new ChunkedBody(this);
        return new BoundedBody(in, Math.max(head.contentLength(), 0));
    }

    int read() throws IOException {
        return in.read();
    }

    int read(byte[] buffer, int offset, int length) throws IOException {
        return in.read(buffer, offset, length);
    }

    /** One line without its CR LF (or LF); null at the end of the stream. */
    @Nullable
    String line() throws IOException {
        return Lines.read(in);
    }

    private String requireLine() throws IOException {
        String line = line();
        if (line == null) throw new EOFException("the server closed the connection");
        return line;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is best effort: the socket is unusable either way.
        }
    }

    /** Reads lines of text from any stream, one byte per character (the benchmark's text is ASCII). */
    static final class Lines {
        private Lines() {}

        static @Nullable String read(InputStream source) throws IOException {
            var line = new StringBuilder(256);
            for (int b = source.read(); b >= 0; b = source.read()) {
                if (b == '\n') {
                    int end = line.length();
                    if (end > 0 && line.charAt(end - 1) == '\r') line.setLength(end - 1);
                    return line.toString();
                }
                line.append((char) b);
            }
            return line.isEmpty() ? null : line.toString();
        }
    }
}
