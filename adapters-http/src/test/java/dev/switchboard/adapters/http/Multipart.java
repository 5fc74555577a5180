package dev.switchboard.adapters.http;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body built by hand, as JavalinTest's client ({@code java.net.http}) has no such publisher. */
final class Multipart {

    static final String CONTENT_TYPE = "multipart/form-data; boundary=switchboard-boundary";
    private static final String BOUNDARY = "--switchboard-boundary";

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    static Multipart form() {
        return new Multipart();
    }

    Multipart field(String name, String value) {
        text(BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    Multipart file(String name, String filename, byte[] content) {
        text(BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: audio/wav\r\n\r\n");
        body.writeBytes(content);
        text("\r\n");
        return this;
    }

    byte[] bytes() {
        var closed = new ByteArrayOutputStream();
        closed.writeBytes(body.toByteArray());
        closed.writeBytes((BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return closed.toByteArray();
    }

    /** Posts the form with the test key and a {@code Content-Length}. */
    Response post(HttpClient client, String path, String... headers) {
        return client.request(path, request -> {
            request.post(BodyPublishers.ofByteArray(bytes()))
                    .header("Content-Type", CONTENT_TYPE)
                    .header("Authorization", "Bearer " + Api.KEY);
            for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        });
    }

    /** Posts the form with the test key, chunked: no {@code Content-Length} tells its size in advance. */
    Response postChunked(HttpClient client, String path) {
        byte[] bytes = bytes();
        return client.request(
                path,
                request -> request.post(BodyPublishers.ofInputStream(
                                () -> (InputStream) new java.io.ByteArrayInputStream(bytes)))
                        .header("Content-Type", CONTENT_TYPE)
                        .header("Authorization", "Bearer " + Api.KEY));
    }

    private void text(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
