package dev.switchboard.e2e;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A small HTTP/1.1 server on a loopback port for the stub upstream: one request per connection, bodies by
 * {@code Content-Length}, answers with {@code Connection: close}, and event streams written and flushed one event at
 * a time (as {@code data:} events, or as lines for {@code application/x-ndjson}). It needs nothing outside {@code java.base}: the tests are compiled into the bootstrap module, which does not
 * read {@code jdk.httpserver}.
 */
final class LoopbackHttp implements AutoCloseable {

    /** A request as received; header names are lower case, the body is read as UTF-8. */
    record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {}

    private static final int MAX_HEAD_BYTES = 64 * 1024;

    private final ServerSocket socket;
    private final Function<Request, UpstreamReplies.Reply> handler;

    private LoopbackHttp(ServerSocket socket, Function<Request, UpstreamReplies.Reply> handler) {
        this.socket = socket;
        this.handler = handler;
    }

    static LoopbackHttp start(Function<Request, UpstreamReplies.Reply> handler) throws IOException {
        var server = new LoopbackHttp(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), handler);
        Thread.ofVirtual().name("loopback-http-accept").start(server::accept);
        return server;
    }

    int port() {
        return socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread.ofVirtual().start(() -> serve(connection));
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                throw new IllegalStateException("the stub could not accept a connection", e);
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream());
            Request request = read(in);
            write(connection.getOutputStream(), handler.apply(request));
        } catch (IOException clientGone) {
            // The gateway closed the connection (a stream it stopped reading): nothing is left to answer.
        }
    }

    private static Request read(InputStream in) throws IOException {
        List<String> head = head(in);
        String[] line = head.getFirst().split(" ", 3);
        String target = line[1];
        int question = target.indexOf('?');
        var headers = new LinkedHashMap<String, List<String>>();
        for (String header : head.subList(1, head.size())) {
            int colon = header.indexOf(':');
            headers.computeIfAbsent(
                            header.substring(0, colon).strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(header.substring(colon + 1).strip());
        }
        int length = Integer.parseInt(
                headers.getOrDefault("content-length", List.of("0")).getFirst());
        return new Request(
                line[0],
                question < 0 ? target : target.substring(0, question),
                question < 0 ? "" : target.substring(question + 1),
                headers,
                new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    /** The request line and the header lines, up to the empty line. */
    private static List<String> head(InputStream in) throws IOException {
        var lines = new ArrayList<String>();
        var line = new ByteArrayOutputStream();
        int total = 0;
        for (int b = in.read(); b >= 0 && total < MAX_HEAD_BYTES; b = in.read(), total++) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
                if (text.isEmpty()) return lines;
                lines.add(text);
                line.reset();
            } else {
                line.write(b);
            }
        }
        throw new IOException("the request head ended early");
    }

    private static void write(OutputStream out, UpstreamReplies.Reply reply) throws IOException {
        var head =
                new StringBuilder("HTTP/1.1 ").append(reply.status()).append(reply.status() < 300 ? " OK" : " Error");
        head.append("\r\nContent-Type: ").append(reply.contentType()).append("\r\nConnection: close\r\n");
        reply.headers()
                .forEach((name, value) ->
                        head.append(name).append(": ").append(value).append("\r\n"));
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        if (reply.events().isEmpty())
            head.append("Content-Length: ").append(body.length).append("\r\n");
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        out.write(body);
        out.flush();
        // Ollama's native API streams NDJSON: one JSON object per line, no data: prefix.
        boolean ndjson = reply.contentType().startsWith("application/x-ndjson");
        for (String event : reply.events()) {
            out.write((ndjson ? event + "\n" : "data: " + event + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
