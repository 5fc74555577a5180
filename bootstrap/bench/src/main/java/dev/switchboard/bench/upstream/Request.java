package dev.switchboard.bench.upstream;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP/1.1 request as the fake upstream needs it: method, path (query dropped) and body (UTF-8 text). Bodies must come with
 * {@code Content-Length}, as {@code java.net.http} and wrk send them; a chunked request body is refused.
 */
record Request(String method, String path, String body) {

    /** The largest request head accepted. */
    static final int MAX_HEAD = 16 * 1024;

    /**
     * Takes the next whole request from {@code in} (between position and limit) and moves the position past it.
     *
     * @return the request, or null when {@code in} does not hold a whole one yet (the position is then unchanged)
     * @throws IllegalArgumentException when the bytes are not a request this server accepts
     */
    static @Nullable Request next(ByteBuffer in) {
        int start = in.position();
        int headEnd = headEnd(in, start);
        if (headEnd < 0) {
            if (in.remaining() > MAX_HEAD) throw new IllegalArgumentException("request head too large");
            return null;
        }
        byte[] headBytes = new byte[headEnd - start];
        in.get(start, headBytes);
        String[] lines = new String(headBytes, StandardCharsets.ISO_8859_1).split("\r\n", -1);
        String[] requestLine = lines[0].split(" ", -1);
        if (requestLine.length != 3) throw new IllegalArgumentException("malformed request line");
        int length = contentLength(lines);
        int bodyStart = headEnd + 4;
        if (in.limit() - bodyStart < length) return null;
        byte[] body = new byte[length];
        in.get(bodyStart, body);
        in.position(bodyStart + length);
        String text = new String(body, StandardCharsets.UTF_8);
        String target = requestLine[1];
        int query = target.indexOf('?');
        return new Request(requestLine[0], query < 0 ? target : target.substring(0, query), text);
    }

    private static int headEnd(ByteBuffer in, int from) {
        for (int i = from; i + 3 < in.limit(); i++) {
            if (in.get(i) == '\r' && in.get(i + 1) == '\n' && in.get(i + 2) == '\r' && in.get(i + 3) == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int contentLength(String[] lines) {
        int length = 0;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon < 0) throw new IllegalArgumentException("malformed header line");
            String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).strip();
            if (name.equals("transfer-encoding")) throw new IllegalArgumentException("chunked request bodies");
            if (name.equals("content-length")) length = Integer.parseInt(value);
        }
        if (length < 0) throw new IllegalArgumentException("negative content length");
        return length;
    }

    /** The text value of a top-level-looking {@code "key": "value"} in the body, or {@code fallback}. */
    String stringField(String key, String fallback) {
        int at = valueStart(body, key);
        if (at < 0 || at >= body.length() || body.charAt(at) != '"') return fallback;
        int end = body.indexOf('"', at + 1);
        return end < 0 ? fallback : body.substring(at + 1, end);
    }

    /** True when the body holds {@code "key": true}. */
    boolean flag(String key) {
        int at = valueStart(body, key);
        return at >= 0 && body.startsWith("true", at);
    }

    // A scan rather than a JSON parser: the fake upstream must cost next to nothing per request.
    private static int valueStart(String text, String key) {
        int at = text.indexOf('"' + key + '"');
        if (at < 0) return -1;
        at += key.length() + 2;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        if (at >= text.length() || text.charAt(at) != ':') return -1;
        at++;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        return at;
    }
}
