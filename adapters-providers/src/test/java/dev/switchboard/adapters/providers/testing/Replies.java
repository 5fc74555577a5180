package dev.switchboard.adapters.providers.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Scripted answers for {@link StubUpstream}. */
public final class Replies {

    private static final Pattern EVENT_END = Pattern.compile("\n\n");

    private Replies() {}

    /** A whole JSON answer; {@code headers} are name, value, name, value, ... */
    public static StubUpstream.Reply json(int status, String body, String... headers) {
        return text(status, "application/json", body, headers);
    }

    public static StubUpstream.Reply text(int status, String contentType, String body, String... headers) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            for (int i = 0; i < headers.length; i += 2)
                exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) exchange.getResponseBody().write(bytes);
        };
    }

    /** A test resource's text, such as {@code openai/streams/text.sse}. */
    public static String resource(String name) {
        try (InputStream in = Replies.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The events of a stream resource, each with its blank line. */
    public static List<String> events(String name) {
        return EVENT_END
                .splitAsStream(resource(name))
                .filter(event -> !event.isBlank())
                .map(event -> event + "\n\n")
                .toList();
    }

    /** A whole event stream at once. */
    public static StubUpstream.Reply sse(String body) {
        return text(200, "text/event-stream", body);
    }

    /**
     * An event stream sent in pieces: each piece but the first waits for its latch (released by the test), and the
     * stub records in {@code released} whether the wait ended by release rather than by giving up after 10 s.
     */
    public static StubUpstream.Reply paced(List<String> pieces, List<CountDownLatch> gates, List<Boolean> released) {
        return exchange -> {
            startStream(exchange);
            for (int i = 0; i < pieces.size(); i++) {
                if (i > 0) released.add(await(gates.get(i - 1)));
                StubUpstream.write(exchange, pieces.get(i));
            }
        };
    }

    /**
     * Sends {@code first}, then keeps sending keep-alive comments until a write fails because the client went away;
     * {@code clientGone} is released then.
     */
    public static StubUpstream.Reply untilClientLeaves(String first, CountDownLatch clientGone) {
        return exchange -> {
            startStream(exchange);
            StubUpstream.write(exchange, first);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            try {
                while (System.nanoTime() < deadline) {
                    Thread.sleep(20);
                    StubUpstream.write(exchange, ": keep-alive\n\n");
                }
            } catch (IOException gone) {
                clientGone.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Sends {@code first}, then nothing for {@code pause}, then {@code rest}. */
    public static StubUpstream.Reply stall(String first, Duration pause, String rest) {
        return exchange -> {
            startStream(exchange);
            StubUpstream.write(exchange, first);
            sleep(pause);
            StubUpstream.write(exchange, rest);
        };
    }

    /** Waits {@code pause} before answering at all. */
    public static StubUpstream.Reply stallHeaders(Duration pause, StubUpstream.Reply then) {
        return exchange -> {
            sleep(pause);
            then.send(exchange);
        };
    }

    private static void startStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
    }

    private static boolean await(CountDownLatch gate) {
        try {
            return gate.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
