package dev.switchboard.bench.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestTest {

    private static final String BODY = "{\"model\": \"bench-stream-3x5ms\", \"stream\" : true}";

    private static String post(String body) {
        return "POST /v1/chat/completions?x=1 HTTP/1.1\r\nHost: a\r\ncontent-length: " + body.length() + "\r\n\r\n"
                + body;
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void takes_a_whole_request_and_moves_past_it() {
        ByteBuffer in = bytes(post(BODY));

        Request request = Request.next(in);

        assertThat(request).isNotNull();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.body()).isEqualTo(BODY);
        assertThat(in.hasRemaining()).isFalse();
    }

    @Test
    void waits_for_the_rest_of_a_partial_request_without_moving() {
        String whole = post(BODY);
        ByteBuffer headOnly = bytes(whole.substring(0, whole.indexOf("\r\n\r\n") + 2));
        ByteBuffer halfBody = bytes(whole.substring(0, whole.length() - 5));

        assertThat(Request.next(headOnly)).isNull();
        assertThat(Request.next(halfBody)).isNull();
        assertThat(halfBody.position()).isZero();
    }

    @Test
    void reads_pipelined_requests_one_after_the_other() {
        ByteBuffer in = bytes("GET /v1/models HTTP/1.1\r\nHost: a\r\n\r\n" + post("{}"));

        assertThat(Request.next(in)).extracting(Request::path).isEqualTo("/v1/models");
        assertThat(Request.next(in)).extracting(Request::body).isEqualTo("{}");
        assertThat(Request.next(in)).isNull();
    }

    @Test
    void refuses_chunked_bodies_and_malformed_heads() {
        assertThatThrownBy(() -> Request.next(bytes("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Request.next(bytes("NONSENSE\r\n\r\n"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void finds_the_model_and_the_stream_flag_in_the_body() {
        var request = new Request("POST", "/", BODY);

        assertThat(request.stringField("model", "none")).isEqualTo("bench-stream-3x5ms");
        assertThat(request.flag("stream")).isTrue();
        assertThat(request.stringField("user", "none")).isEqualTo("none");
    }

    @Test
    void does_not_mistake_other_keys_for_the_stream_flag() {
        var request = new Request("POST", "/", "{\"stream_options\":{\"include_usage\":true},\"stream\":false}");

        assertThat(request.flag("stream")).isFalse();
        assertThat(new Request("POST", "/", "{}").flag("stream")).isFalse();
    }
}
