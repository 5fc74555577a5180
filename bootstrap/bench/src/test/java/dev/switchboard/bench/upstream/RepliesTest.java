package dev.switchboard.bench.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RepliesTest {

    private static String text(ByteBuffer buffer) {
        return StandardCharsets.UTF_8.decode(buffer).toString();
    }

    @Test
    void frames_each_stream_event_as_one_http_chunk_of_the_right_length() {
        String chunk = text(Replies.chunk("m", 7));

        int lineEnd = chunk.indexOf("\r\n");
        int length = Integer.parseInt(chunk.substring(0, lineEnd), 16);
        String payload = chunk.substring(lineEnd + 2, chunk.length() - 2);
        assertThat(payload)
                .hasSize(length)
                .startsWith("data: {")
                .endsWith("}\n\n")
                .contains("\"content\":\"7 \"");
        assertThat(chunk).endsWith("\r\n");
    }

    @Test
    void gives_the_role_with_the_first_chunk_only() {
        assertThat(text(Replies.chunk("m", 0))).contains("\"role\":\"assistant\"");
        assertThat(text(Replies.chunk("m", 1))).doesNotContain("\"role\"");
    }

    @Test
    void ends_a_stream_with_a_stop_event_done_and_the_last_chunk() {
        assertThat(text(Replies.end("m")))
                .contains("\"finish_reason\":\"stop\"")
                .contains("data: [DONE]\n\n")
                .endsWith("\r\n0\r\n\r\n");
    }

    @Test
    void answers_json_with_its_content_length() {
        String reply = text(Replies.completion("bench-echo"));
        String body = reply.substring(reply.indexOf("\r\n\r\n") + 4);

        assertThat(reply).startsWith("HTTP/1.1 200 OK\r\n").contains("Content-Length: " + body.length() + "\r\n");
        assertThat(body).contains("\"model\":\"bench-echo\"").contains(Replies.ANSWER);
    }
}
