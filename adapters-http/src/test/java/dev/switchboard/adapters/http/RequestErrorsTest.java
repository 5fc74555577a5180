package dev.switchboard.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bad input of every kind gets a clear 4xx in the error envelope. */
class RequestErrorsTest {

    private final FakeModelProvider fake = new FakeModelProvider();

    @Test
    void refuses_a_body_over_the_limit_with_413() {
        Api.test(fake, (server, client) -> {
            String huge = Api.chat("mock/echo", ",\"user\":\"" + "x".repeat(70 * 1024) + "\"");
            var response = Api.post(client, "/v1/chat/completions", huge);

            assertThat(response.code()).isEqualTo(413);
            assertThat(Api.json(response).at("/error/code").asText()).isEqualTo("request_too_large");
            assertThat(Api.json(response).at("/error/message").asText()).contains("65536 bytes");
            assertThat(fake.chats).isEmpty();
        });
    }

    @Test
    void explains_malformed_json_without_internals() {
        Api.test(fake, (server, client) -> {
            var response = Api.post(client, "/v1/chat/completions", "{\"model\": \"mock/echo\", \"messages\": [");

            assertThat(response.code()).isEqualTo(400);
            var error = Api.json(response).get("error");
            assertThat(error.get("message").asText())
                    .startsWith("request body is not valid JSON: ")
                    .doesNotContain("com.fasterxml", "Exception", "\tat ");
            assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
            assertThat(error.get("param").isNull()).isTrue();
        });
    }

    @Test
    void names_the_field_of_a_schema_violation() {
        Api.test(fake, (server, client) -> {
            var role = Api.post(
                    client,
                    "/v1/chat/completions",
                    "{\"model\":\"mock/echo\",\"messages\":[{\"role\":\"wizard\",\"content\":\"hi\"}]}");
            var temperature =
                    Api.post(client, "/v1/chat/completions", Api.chat("mock/echo", ",\"temperature\":\"hot\""));
            var input = Api.post(client, "/v1/embeddings", "{\"model\":\"mock/echo\"}");
            var prompt = Api.post(client, "/v1/completions", "{\"model\":\"mock/echo\",\"prompt\":7}");

            assertThat(role.code()).isEqualTo(400);
            assertThat(Api.json(role).at("/error/param").asText()).isEqualTo("messages[0].role");
            assertThat(Api.json(role).at("/error/message").asText())
                    .isEqualTo("messages[0].role must be one of system, developer, user, assistant, tool");
            assertThat(Api.json(temperature).at("/error/message").asText()).isEqualTo("temperature must be a number");
            assertThat(Api.json(input).at("/error/param").asText()).isEqualTo("input");
            assertThat(Api.json(prompt).at("/error/param").asText()).isEqualTo("prompt");
        });
    }

    @Test
    void refuses_a_body_that_is_clearly_not_json_with_415_and_accepts_a_missing_or_form_content_type() {
        Api.test(fake, (server, client) -> {
            String body = Api.chat("mock/echo", "");
            String auth = "Bearer " + Api.KEY;
            var text = Api.send(
                    client, "POST", "/v1/chat/completions", body, "Authorization", auth, "Content-Type", "text/plain");
            var form = Api.send(
                    client,
                    "POST",
                    "/v1/chat/completions",
                    body,
                    "Authorization",
                    auth,
                    "Content-Type",
                    "application/x-www-form-urlencoded");
            var missing = Api.send(client, "POST", "/v1/chat/completions", body, "Authorization", auth);
            var charset = Api.send(
                    client,
                    "POST",
                    "/v1/chat/completions",
                    body,
                    "Authorization",
                    auth,
                    "Content-Type",
                    "application/json; charset=utf-8");

            assertThat(text.code()).isEqualTo(415);
            assertThat(Api.json(text).at("/error/code").asText()).isEqualTo("unsupported_media_type");
            assertThat(form.code()).isEqualTo(200);
            assertThat(missing.code()).isEqualTo(200);
            assertThat(charset.code()).isEqualTo(200);
        });
    }

    @Test
    void refuses_an_invalid_request_the_domain_rejects_with_400() {
        Api.test(fake, (server, client) -> {
            var response = Api.post(client, "/v1/chat/completions", Api.chat("mock/echo", ",\"n\":500"));

            assertThat(response.code()).isEqualTo(400);
            assertThat(Api.json(response).at("/error/param").asText()).isEqualTo("n");
        });
    }
}
