package dev.switchboard.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Server-sent events written by hand, whatever the client accepts. */
class StreamingTest {

    private final FakeModelProvider fake = new FakeModelProvider();

    @Test
    void streams_chat_as_server_sent_events_to_a_client_that_accepts_json() {
        Api.test(fake, (server, client) -> {
            var response = Api.post(client, "/v1/chat/completions", Api.chat("mock/echo", ",\"stream\":true"));

            assertThat(response.code()).isEqualTo(200);
            assertThat(Api.header(response, "Content-Type")).isEqualTo("text/event-stream; charset=utf-8");
            assertThat(Api.header(response, "Cache-Control")).isEqualTo("no-cache");
            assertThat(Api.header(response, "X-Accel-Buffering")).isEqualTo("no");
            List<String> events = events(response);
            assertThat(events).last().isEqualTo("[DONE]");
            List<JsonNode> chunks = chunks(events);
            assertThat(chunks)
                    .extracting(chunk -> chunk.at("/choices/0/delta").toString())
                    .containsExactly(
                            "{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}", "{\"content\":\"Hel\"}",
                            "{\"content\":\"lo\"}", "{}");
            assertThat(chunks.getLast().at("/choices/0/finish_reason").asText()).isEqualTo("stop");
            assertThat(chunks)
                    .extracting(chunk -> chunk.get("id").asText())
                    .allMatch(id -> id.startsWith("chatcmpl-"))
                    .containsOnly(chunks.getFirst().get("id").asText());
            assertThat(chunks).extracting(chunk -> chunk.get("model").asText()).containsOnly("echo");
            assertThat(chunks).extracting(chunk -> chunk.get("object").asText()).containsOnly("chat.completion.chunk");
        });
    }

    @Test
    void sends_the_usage_chunk_only_when_the_client_asks_for_it() {
        Api.test(fake, (server, client) -> {
            var with = Api.post(
                    client,
                    "/mock/v1/chat/completions",
                    Api.chat("echo", ",\"stream\":true,\"stream_options\":{\"include_usage\":true}"));
            var without = Api.post(
                    client,
                    "/mock/v1/chat/completions",
                    Api.chat("echo", ",\"stream\":true,\"stream_options\":{\"include_usage\":false}"));

            JsonNode usage = chunks(events(with)).getLast();
            assertThat(usage.get("choices").isEmpty()).isTrue();
            assertThat(usage.at("/usage/total_tokens").asInt()).isEqualTo(7);
            assertThat(chunks(events(without))).noneMatch(chunk -> chunk.has("usage"));
        });
    }

    @Test
    void streams_parallel_tool_calls() {
        Api.test(fake, (server, client) -> {
            var response = Api.post(client, "/mock/v1/chat/completions", Api.chat("tools", ",\"stream\":true"));

            List<JsonNode> chunks = chunks(events(response));
            assertThat(chunks.getFirst().at("/choices/0/delta/content").isNull())
                    .isTrue();
            assertThat(chunks)
                    .extracting(chunk ->
                            chunk.at("/choices/0/delta/tool_calls/0/index").asInt(-1))
                    .containsSubsequence(0, 0, 1, 1);
            assertThat(chunks.get(1).at("/choices/0/delta/tool_calls/0/id").asText())
                    .isEqualTo("call_1");
            assertThat(chunks.getLast().at("/choices/0/finish_reason").asText()).isEqualTo("tool_calls");
        });
    }

    @Test
    void streams_legacy_completions() {
        Api.test(fake, (server, client) -> {
            var response =
                    Api.post(client, "/v1/completions", "{\"model\":\"mock/echo\",\"prompt\":\"Say\",\"stream\":true}");

            List<String> events = events(response);
            assertThat(events).last().isEqualTo("[DONE]");
            List<JsonNode> chunks = chunks(events);
            assertThat(chunks).extracting(chunk -> chunk.get("object").asText()).containsOnly("text_completion");
            assertThat(chunks)
                    .extracting(chunk -> chunk.at("/choices/0/text").asText())
                    .containsExactly("This", " is", "");
            assertThat(chunks.getFirst().get("id").asText()).startsWith("cmpl-");
        });
    }

    @Test
    void ends_a_stream_that_fails_midway_with_an_error_event_and_no_done() {
        Api.test(fake, (server, client) -> {
            var response = Api.post(client, "/v1/chat/completions", Api.chat("mock/fail-mid", ",\"stream\":true"));

            assertThat(response.code()).isEqualTo(200);
            List<String> events = events(response);
            assertThat(events).doesNotContain("[DONE]");
            assertThat(events.get(1)).contains("\"content\":\"Hel\"");
            JsonNode error = Api.json(events.getLast());
            assertThat(error.at("/error/message").asText()).isEqualTo("The provider failed.");
            assertThat(error.at("/error/code").asText()).isEqualTo("upstream_unavailable");
            assertThat(error.get("error").has("param")).isTrue();
        });
    }

    @Test
    void answers_a_failure_before_the_first_event_with_an_ordinary_json_error() {
        Api.test(fake, (server, client) -> {
            var before = Api.post(client, "/v1/chat/completions", Api.chat("mock/fail-before", ",\"stream\":true"));
            var first = Api.post(client, "/v1/chat/completions", Api.chat("mock/fail-first", ",\"stream\":true"));
            var limited = Api.post(client, "/v1/chat/completions", Api.chat("mock/rate-limited", ",\"stream\":true"));

            assertThat(before.code()).isEqualTo(502);
            assertThat(Api.header(before, "Content-Type")).startsWith("application/json");
            assertThat(Api.json(before).at("/error/code").asText()).isEqualTo("upstream_unavailable");
            assertThat(first.code()).isEqualTo(502);
            assertThat(Api.json(first).at("/error/message").asText()).isEqualTo("The provider failed.");
            assertThat(fake.streamClosed.getCount())
                    .as("the failed stream was closed")
                    .isZero();
            assertThat(limited.code()).isEqualTo(429);
        });
    }

    @Test
    void closes_the_upstream_stream_as_soon_as_the_client_disconnects() {
        Api.test(fake, (server, client) -> {
            try (var socket = new Socket("127.0.0.1", server.port())) {
                byte[] body = Api.chat("mock/slow", ",\"stream\":true").getBytes(StandardCharsets.UTF_8);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Api.KEY
                                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                                + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
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

    /** The data of each event, in order. */
    static List<String> events(Response response) {
        String body = response.body().string();
        assertThat(body).endsWith("\n\n");
        return Arrays.stream(body.split("\n\n"))
                .peek(event -> assertThat(event).startsWith("data: "))
                .map(event -> event.substring("data: ".length()))
                .toList();
    }

    static List<JsonNode> chunks(List<String> events) {
        return events.stream()
                .filter(event -> !event.equals("[DONE]"))
                .map(Api::json)
                .toList();
    }
}
