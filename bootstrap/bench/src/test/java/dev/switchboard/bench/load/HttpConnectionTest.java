package dev.switchboard.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpConnectionTest {

    // Chunk sizes are hexadecimal byte counts: "data: a\n" is 8 bytes, "data: bc\n" 9.
    private static final String CHUNKED = String.join(
            "\r\n",
            "HTTP/1.1 200 OK",
            "Transfer-Encoding: chunked",
            "",
            "8",
            "data: a\n",
            "9;ext=1",
            "data: bc\n",
            "0",
            "X-Trailer: 1",
            "",
            "");
    private static final String SIZED = "HTTP/1.1 404 Not Found\r\nContent-Length: 5\r\n\r\nnope!";

    @Test
    void reads_a_chunked_body_and_then_a_sized_one_on_the_same_connection() throws Exception {
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> answer(server, CHUNKED + SIZED));
            var target = Target.at("test", URI.create("http://127.0.0.1:" + server.getLocalPort()), "");
            try (var connection = HttpConnection.open(target)) {
                connection.send(target.chatRequest("m", true));
                HttpConnection.Head head = connection.readHead();
                InputStream body = connection.body(head);

                assertThat(head).isEqualTo(new HttpConnection.Head(200, -1, true));
                assertThat(HttpConnection.Lines.read(body)).isEqualTo("data: a");
                assertThat(HttpConnection.Lines.read(body)).isEqualTo("data: bc");
                assertThat(HttpConnection.Lines.read(body)).isNull();

                HttpConnection.Head second = connection.readHead();
                assertThat(second).isEqualTo(new HttpConnection.Head(404, 5, false));
                assertThat(new String(connection.body(second).readAllBytes(), StandardCharsets.US_ASCII))
                        .isEqualTo("nope!");
            }
        }
    }

    @Test
    void writes_a_request_with_the_body_length_and_the_prefixed_model() {
        var target = Target.at("gateway", URI.create("http://127.0.0.1:8080"), "up/");

        String request = new String(target.chatRequest("bench-echo", false), StandardCharsets.UTF_8);
        String body = request.substring(request.indexOf("\r\n\r\n") + 4);

        assertThat(request)
                .startsWith("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n")
                .contains("Content-Length: " + body.length() + "\r\n");
        assertThat(body).contains("\"model\":\"up/bench-echo\"").contains("\"stream\":false");
    }

    private static void answer(ServerSocket server, String response) {
        try (var socket = server.accept()) {
            socket.getOutputStream().write(response.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.getInputStream().readAllBytes();
        } catch (IOException e) {
            // The test's assertions report what went wrong.
        }
    }
}
