package dev.switchboard.adapters.providers.openai;

import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.auth.Credential;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.provider.CallContext;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Failures below HTTP, for every dialect: refused, unresolvable, reset mid-stream, no answer in time. */
class ConnectionFailuresTest {

    private static final ChatRequest HELLO = ChatRequest.of("gpt-4o-mini", Message.user("hi"));

    static Stream<String> dialects() {
        return Stream.of("openai", "azure", "cerebras", "openai-compatible");
    }

    static ModelProvider provider(String type, String baseUrl) {
        var settings = settings("up", type, "base_url", baseUrl);
        return switch (type) {
            case "openai" -> new OpenAiProviderFactory().create(settings);
            case "azure" -> new AzureProviderFactory().create(settings);
            case "cerebras" -> new CerebrasProviderFactory(name -> null).create(settings);
            default -> new OpenAiCompatibleProviderFactory().create(settings);
        };
    }

    static void assertFailure(Runnable call, ProviderFailure expected) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.failure()).isEqualTo(expected));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void a_refused_connection_is_a_network_failure(String type) throws IOException {
        int port;
        try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        var provider = provider(type, "http://127.0.0.1:" + port + "/v1");

        assertFailure(
                () -> provider.complete(HELLO, withKey()),
                new ProviderFailure.Network("could not connect to the upstream (refused or unreachable)"));
        assertThat(provider.health(withKey()).up()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void a_host_name_that_does_not_resolve_is_a_network_failure(String type) {
        var provider = provider(type, "http://nonexistent.invalid/v1");

        assertFailure(
                () -> provider.stream(HELLO, withKey()),
                new ProviderFailure.Network("could not resolve the upstream's host name"));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void an_upstream_that_does_not_answer_in_time_is_a_timeout(String type) {
        try (var stub = StubUpstream.start()) {
            stub.on("/v1/models", Replies.stallHeaders(Duration.ofSeconds(3), Replies.json(200, "{\"data\":[]}")));
            stub.on("/openai/models", Replies.stallHeaders(Duration.ofSeconds(3), Replies.json(200, "{\"data\":[]}")));
            var provider =
                    provider(type, stub.base(type.equals("azure") ? "" : "/v1").toString());
            var context = new CallContext(Credential.apiKey("main", "k-123"), "req-1", Duration.ofMillis(200));

            assertFailure(
                    () -> provider.models(context), new ProviderFailure.Timeout("the upstream did not answer in time"));
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void a_connection_reset_mid_stream_fails_the_stream_after_the_events_already_read(String type) throws Exception {
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var firstRead = new CountDownLatch(1);
            Thread.ofVirtual().start(() -> resetAfterOneEvent(server, firstRead));
            var provider = provider(type, "http://127.0.0.1:" + server.getLocalPort() + "/v1");

            try (var stream = provider.stream(HELLO, withKey())) {
                var events = stream.iterator();
                assertThat(List.of(events.next(), events.next()))
                        .containsExactly(new ChatEvent.Started("chatcmpl-1", "m"), new ChatEvent.TextDelta(0, "Hi"));
                firstRead.countDown();
                assertThatThrownBy(events::hasNext)
                        .isInstanceOfSatisfying(
                                ProviderException.class,
                                e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.Network.class));
            }
        }
    }

    /**
     * Answers one request with a chunked stream of one event and, once the test has read it, resets the connection
     * (SO_LINGER 0).
     */
    private static void resetAfterOneEvent(ServerSocket server, CountDownLatch firstRead) {
        try (Socket socket = server.accept()) {
            readHead(socket.getInputStream());
            String event =
                    "data: {\"id\":\"chatcmpl-1\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n";
            String head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write((head + Integer.toHexString(event.length()) + "\r\n" + event + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            firstRead.await(10, TimeUnit.SECONDS);
            socket.setSoLinger(true, 0);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) return;
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        // The request body (JSON) follows the head; it is left unread, which a reset does not mind.
    }
}
