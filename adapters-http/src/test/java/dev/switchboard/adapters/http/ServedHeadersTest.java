package dev.switchboard.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every answer says which provider and model served it, after how many attempts, and the gateway's own time. */
class ServedHeadersTest {

    @Test
    void a_whole_answer_names_the_provider_model_attempts_and_overhead() {
        Api.test(new FakeModelProvider(), (server, client) -> {
            var response = Api.post(client, "/v1/chat/completions", Api.chat("mock/echo", ""));

            assertThat(response.code()).isEqualTo(200);
            assertThat(Api.header(response, ServedHeaders.PROVIDER)).isEqualTo("mock");
            assertThat(Api.header(response, ServedHeaders.MODEL)).isEqualTo("echo");
            assertThat(Api.header(response, ServedHeaders.ATTEMPTS)).isEqualTo("1");
            assertThat(Double.parseDouble(Api.header(response, ServedHeaders.OVERHEAD)))
                    .isGreaterThanOrEqualTo(0.0)
                    .isLessThan(10_000.0);
        });
    }

    @Test
    void a_stream_says_it_in_its_headers_before_the_first_event() {
        Api.test(new FakeModelProvider(), (server, client) -> {
            var response = Api.post(client, "/v1/chat/completions", Api.chat("mock/echo", ",\"stream\":true"));

            assertThat(response.code()).isEqualTo(200);
            assertThat(Api.header(response, "Content-Type")).startsWith("text/event-stream");
            assertThat(Api.header(response, ServedHeaders.PROVIDER)).isEqualTo("mock");
            assertThat(Api.header(response, ServedHeaders.ATTEMPTS)).isEqualTo("1");
            assertThat(Api.header(response, ServedHeaders.OVERHEAD)).matches("\\d+\\.\\d{3}");
        });
    }

    @Test
    void embeddings_and_legacy_completions_say_it_too() {
        Api.test(new FakeModelProvider(), (server, client) -> {
            var embeddings = Api.post(client, "/v1/embeddings", "{\"model\":\"mock/echo\",\"input\":\"hi\"}");
            var completion = Api.post(client, "/v1/completions", "{\"model\":\"mock/echo\",\"prompt\":\"hi\"}");

            assertThat(Api.header(embeddings, ServedHeaders.MODEL)).isEqualTo("echo");
            assertThat(Api.header(completion, ServedHeaders.MODEL)).isEqualTo("echo");
        });
    }

    @Test
    void a_failed_request_that_reached_no_provider_says_no_provider() {
        Api.test(new FakeModelProvider(), (server, client) -> {
            var response = Api.post(client, "/v1/chat/completions", Api.chat("nowhere/echo", ""));

            assertThat(response.code()).isEqualTo(404);
            assertThat(response.headers().get(ServedHeaders.PROVIDER)).isNull();
        });
    }
}
