package dev.switchboard.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/audio/transcriptions} with {@code stream=true}: OpenAI's server-sent transcription events. */
class TranscriptionStreamRoutesTest {

    private static final byte[] AUDIO = {82, 73, 70, 70, 0, 1, 2, 3};
    private static final String PATH = "/v1/audio/transcriptions";

    private final FakeModelProvider fake = new FakeModelProvider();

    @Test
    void streams_deltas_then_done_with_usage_as_openai_writes_them() {
        Api.test(fake, (server, client) -> {
            var response = upload("mock/gpt-4o-transcribe").post(client, PATH, "Accept", "application/json");

            assertThat(response.code()).isEqualTo(200);
            assertThat(Api.header(response, "Content-Type")).startsWith("text/event-stream");
            assertThat(Api.header(response, "Cache-Control")).isEqualTo("no-cache");
            assertThat(Api.header(response, ServedHeaders.PROVIDER)).isEqualTo("mock");
            assertThat(Api.header(response, ServedHeaders.MODEL)).isEqualTo("gpt-4o-transcribe");
            assertThat(response.body().string())
                    .isEqualTo("data: {\"type\":\"transcript.text.delta\",\"delta\":\"Hello\"}\n\n"
                            + "data: {\"type\":\"transcript.text.delta\",\"delta\":\" there.\"}\n\n"
                            + "data: {\"type\":\"transcript.text.done\",\"text\":\"Hello there.\",\"usage\":"
                            + "{\"type\":\"tokens\",\"input_tokens\":14,\"input_token_details\":{\"text_tokens\":0,"
                            + "\"audio_tokens\":14},\"output_tokens\":4,\"total_tokens\":18}}\n\n");
            assertThat(fake.transcriptions).singleElement().satisfies(request -> {
                assertThat(request.model()).isEqualTo("gpt-4o-transcribe");
                assertThat(request.audio()).containsExactly(AUDIO);
            });
            assertThat(fake.streamClosed.getCount()).as("the stream was closed").isZero();
        });
    }

    @Test
    void streams_on_the_provider_prefix_too() {
        Api.test(fake, (server, client) -> {
            var response = upload("gpt-4o-transcribe").post(client, "/mock" + PATH);

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).startsWith("data: {\"type\":\"transcript.text.delta\"");
        });
    }

    @Test
    void answers_a_failure_before_the_first_event_with_an_ordinary_json_error() {
        Api.test(fake, (server, client) -> {
            var limited = upload("mock/rate-limited").post(client, PATH);
            var first = upload("mock/fail-first").post(client, PATH);

            assertThat(limited.code()).isEqualTo(429);
            assertThat(Api.header(limited, "Content-Type")).startsWith("application/json");
            assertThat(Api.header(limited, "Retry-After")).isEqualTo("2");
            assertThat(first.code()).isEqualTo(502);
            assertThat(Api.json(first).at("/error/message").asText()).isEqualTo("The provider failed.");
        });
    }

    @Test
    void ends_a_stream_that_fails_midway_with_a_final_error_event() {
        Api.test(fake, (server, client) -> {
            var response = upload("mock/fail-mid").post(client, PATH);

            assertThat(response.code()).isEqualTo(200);
            String body = response.body().string();
            assertThat(body).startsWith("data: {\"type\":\"transcript.text.delta\",\"delta\":\"Hello\"}\n\n");
            String last = body.substring(body.lastIndexOf("data: ") + "data: ".length())
                    .strip();
            assertThat(Api.json(last).at("/error/message").asText()).isEqualTo("The provider failed.");
            assertThat(body).doesNotContain("transcript.text.done", "[DONE]");
        });
    }

    @Test
    void refuses_a_provider_that_transcribes_without_streaming() {
        fake.transcriber = (request, context) -> {
            throw new IllegalStateException("not called");
        };
        Api.test(fake, (server, client) -> {
            var response = upload("mock/whisper-1").post(client, PATH);

            assertThat(response.code()).isEqualTo(400);
            assertThat(Api.json(response).at("/error/param").asText()).isEqualTo("stream");
            assertThat(Api.json(response).at("/error/message").asText())
                    .isEqualTo("this provider does not stream transcriptions");
        });
    }

    @Test
    void flushes_each_event_and_closes_the_upstream_when_the_client_leaves() {
        Api.test(fake, (server, client) -> {
            byte[] form = upload("mock/slow").bytes();
            try (var socket = new Socket("127.0.0.1", server.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Api.KEY
                                + "\r\nContent-Type: " + Multipart.CONTENT_TYPE
                                + "\r\nAccept: application/json\r\nContent-Length: " + form.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(form);
                out.flush();
                // The stream sends nothing after its first delta until the client saw it: seeing it proves the flush.
                readUntil(socket.getInputStream(), "\"delta\":\"Hello\"}\n\n");
                fake.firstSeen.countDown();
                readUntil(socket.getInputStream(), "tick");
            }
            assertThat(fake.streamClosed.await(5, TimeUnit.SECONDS)).isTrue();
        });
    }

    private static void readUntil(InputStream in, String marker) throws IOException {
        var seen = new StringBuilder();
        byte[] buffer = new byte[1024];
        while (!seen.toString().contains(marker)) {
            int read = in.read(buffer);
            if (read == -1) throw new IOException("the stream ended before " + marker);
            seen.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
    }

    private static Multipart upload(String model) {
        return Multipart.form()
                .file("file", "hello.wav", AUDIO)
                .field("model", model)
                .field("stream", "true");
    }
}
