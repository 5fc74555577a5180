package dev.switchboard.adapters.providers.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A loopback upstream on {@code com.sun.net.httpserver}: answers each path with a scripted {@link Reply} and records
 * every request it received. Unknown paths get a 404 with OpenAI's error envelope.
 */
public final class StubUpstream implements AutoCloseable {

    /**
     * Each exchange's request body, by exchange. Not an exchange attribute: the JDK's server keeps those per context,
     * so concurrent requests would read each other's bodies.
     */
    private static final Map<HttpExchange, byte[]> BODIES = new ConcurrentHashMap<>();

    private final HttpServer server;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();

    private StubUpstream(HttpServer server) {
        this.server = server;
    }

    public static StubUpstream start() {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var stub = new StubUpstream(server);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", stub::handle);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException("the stub could not start", e);
        }
    }

    /** {@code http://127.0.0.1:<port>} plus the path, such as {@code /v1}. */
    public URI base(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Answers {@code path} (without query) with {@code reply} from now on. */
    public StubUpstream on(String path, Reply reply) {
        replies.put(path, reply);
        return this;
    }

    public List<Recorded> requests() {
        return new ArrayList<>(requests);
    }

    public Recorded last() {
        if (requests.isEmpty()) throw new AssertionError("the stub received no request");
        return requests.getLast();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            BODIES.put(exchange, body);
            answer(exchange, body);
        } finally {
            BODIES.remove(exchange);
        }
    }

    private void answer(HttpExchange exchange, byte[] body) throws IOException {
        var headers = new TreeMap<String, String>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
        URI uri = exchange.getRequestURI();
        requests.add(new Recorded(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(), headers, body));
        Reply reply = replies.get(uri.getPath());
        if (reply == null) {
            Replies.json(
                            404,
                            "{\"error\":{\"message\":\"no route\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}")
                    .send(exchange);
        } else {
            reply.send(exchange);
        }
    }

    /** One scripted answer. */
    @FunctionalInterface
    public interface Reply {
        void send(HttpExchange exchange) throws IOException;
    }

    /**
     * A request the stub received.
     *
     * @param query the raw query string, or null
     * @param headers the first value of each header, names in lower case
     */
    public record Recorded(String method, String path, String query, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** The body of the request a reply answers; the stub read it before the reply runs. */
    public static byte[] body(HttpExchange exchange) {
        return BODIES.getOrDefault(exchange, new byte[0]);
    }

    static void write(HttpExchange exchange, String text) throws IOException {
        OutputStream out = exchange.getResponseBody();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
