package dev.switchboard.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every route, under {@code /v1} and under {@code /{provider}/v1}. */
class RoutesTest {

    private final FakeModelProvider fake = new FakeModelProvider();

    @Test
    void lists_models_with_qualified_ids_under_v1_and_bare_ids_under_the_provider() {
        Api.test(fake, (server, client) -> {
            var plain = Api.get(client, "/v1/models");
            var scoped = Api.get(client, "/mock/v1/models");

            assertThat(plain.code()).isEqualTo(200);
            assertThat(Api.header(plain, "Content-Type")).startsWith("application/json");
            assertThat(Api.json(plain).get("object").asText()).isEqualTo("list");
            assertThat(Api.json(plain).findValuesAsText("id")).containsExactly("mock/echo", "mock/slow");
            assertThat(Api.json(scoped).findValuesAsText("id")).containsExactly("echo", "slow");
        });
    }

    @Test
    void retrieves_a_model_whose_id_contains_a_slash() {
        Api.test(fake, (server, client) -> {
            var plain = Api.get(client, "/v1/models/mock/echo");
            var scoped = Api.get(client, "/mock/v1/models/echo");
            var missing = Api.get(client, "/v1/models/mock/nope");

            assertThat(plain.code()).isEqualTo(200);
            assertThat(Api.json(plain).get("id").asText()).isEqualTo("mock/echo");
            assertThat(Api.json(plain).get("owned_by").asText()).isEqualTo("switchboard");
            assertThat(Api.json(scoped).get("id").asText()).isEqualTo("echo");
            assertThat(missing.code()).isEqualTo(404);
            assertThat(Api.json(missing).at("/error/code").asText()).isEqualTo("model_not_found");
        });
    }

    @Test
    void answers_chat_on_both_prefixes() {
        Api.test(fake, (server, client) -> {
            var plain = Api.post(client, "/v1/chat/completions", Api.chat("mock/echo", ""));
            var scoped = Api.post(client, "/mock/v1/chat/completions", Api.chat("echo", ""));

            assertThat(plain.code()).isEqualTo(200);
            var body = Api.json(plain);
            assertThat(body.get("object").asText()).isEqualTo("chat.completion");
            assertThat(body.get("id").asText()).startsWith("chatcmpl-");
            assertThat(body.at("/choices/0/message/content").asText()).isEqualTo("echo: hi");
            assertThat(body.at("/usage/total_tokens").asInt()).isEqualTo(5);
            assertThat(scoped.code()).isEqualTo(200);
            assertThat(fake.chats).extracting(request -> request.model()).containsExactly("echo", "echo");
            assertThat(fake.onVirtualThreads)
                    .as("handlers run on virtual threads")
                    .containsExactly(true, true);
        });
    }

    @Test
    void answers_legacy_completions_on_both_prefixes() {
        Api.test(fake, (server, client) -> {
            var plain = Api.post(client, "/v1/completions", "{\"model\":\"mock/echo\",\"prompt\":\"Say this\"}");
            var scoped = Api.post(client, "/mock/v1/completions", "{\"model\":\"echo\",\"prompt\":\"Say this\"}");

            assertThat(plain.code()).isEqualTo(200);
            assertThat(Api.json(plain).get("object").asText()).isEqualTo("text_completion");
            assertThat(Api.json(plain).at("/choices/0/text").asText()).isEqualTo("echo: Say this");
            assertThat(scoped.code()).isEqualTo(200);
        });
    }

    @Test
    void answers_embeddings_as_floats_or_base64_on_both_prefixes() {
        Api.test(fake, (server, client) -> {
            var floats = Api.post(client, "/v1/embeddings", "{\"model\":\"mock/echo\",\"input\":\"hi\"}");
            var base64 = Api.post(
                    client,
                    "/mock/v1/embeddings",
                    "{\"model\":\"echo\",\"input\":[\"hi\"],\"encoding_format\":\"base64\"}");

            assertThat(floats.code()).isEqualTo(200);
            assertThat(Api.json(floats).at("/data/0/embedding").size()).isEqualTo(3);
            assertThat(Api.json(base64).at("/data/0/embedding").asText()).isEqualTo("ZicXO4DRGLw4BT27");
            assertThat(Api.json(base64).at("/usage/prompt_tokens").asInt()).isEqualTo(8);
        });
    }

    @Test
    void answers_an_unknown_provider_with_404_on_every_route() {
        Api.test(fake, (server, client) -> {
            for (var response : java.util.List.of(
                    Api.get(client, "/nope/v1/models"),
                    Api.get(client, "/nope/v1/models/echo"),
                    Api.post(client, "/nope/v1/chat/completions", Api.chat("echo", "")),
                    Api.post(client, "/NOPE/v1/completions", "{}"),
                    Api.post(client, "/nope/v1/embeddings", "{}"))) {
                assertThat(response.code()).isEqualTo(404);
                assertThat(Api.json(response).at("/error/code").asText()).isEqualTo("provider_not_found");
                assertThat(Api.json(response).at("/error/type").asText()).isEqualTo("invalid_request_error");
            }
        });
    }

    @Test
    void answers_an_unknown_model_with_404() {
        Api.test(fake, (server, client) -> {
            var unknownProvider = Api.post(client, "/v1/chat/completions", Api.chat("elsewhere/gpt-4o", ""));
            var unknownModel = Api.post(client, "/v1/chat/completions", Api.chat("mock/missing", ""));

            assertThat(unknownProvider.code()).isEqualTo(404);
            assertThat(Api.json(unknownProvider).at("/error/code").asText()).isEqualTo("model_not_found");
            assertThat(unknownModel.code()).isEqualTo(404);
            assertThat(Api.json(unknownModel).at("/error/message").asText()).isEqualTo("The model does not exist.");
        });
    }

    @Test
    void answers_unknown_routes_with_404_and_wrong_methods_with_405_in_the_envelope() {
        Api.test(fake, (server, client) -> {
            var unknown = Api.get(client, "/v2/things");
            var wrongMethod = Api.get(client, "/v1/chat/completions");

            assertThat(unknown.code()).isEqualTo(404);
            assertThat(Api.json(unknown).get("error").properties())
                    .extracting(java.util.Map.Entry::getKey)
                    .containsExactly("message", "type", "param", "code");
            assertThat(Api.json(unknown).at("/error/message").asText())
                    .isEqualTo("Unknown request URL: GET /v2/things.");
            assertThat(wrongMethod.code()).isEqualTo(405);
            assertThat(Api.json(wrongMethod).at("/error/code").asText()).isEqualTo("method_not_allowed");
        });
    }

    @Test
    void answers_liveness_and_readiness_without_a_key() {
        Api.test(fake, (server, client) -> {
            var health = client.get("/healthz");
            var ready = client.get("/readyz");

            assertThat(health.code()).isEqualTo(200);
            assertThat(Api.json(health)).isEqualTo(Api.json("{\"status\":\"ok\"}"));
            assertThat(ready.code()).isEqualTo(200);
            assertThat(Api.json(ready).get("status").asText()).isEqualTo("ready");
            assertThat(Api.json(ready).at("/checks/provider:mock").asText()).isEqualTo("up");
        });
    }

    @Test
    void reports_not_ready_with_503_and_the_failing_check() {
        fake.healthy = false;
        Api.test(fake, (server, client) -> {
            var ready = client.get("/readyz");

            assertThat(ready.code()).isEqualTo(503);
            assertThat(Api.json(ready).get("status").asText()).isEqualTo("not_ready");
            assertThat(Api.json(ready).at("/checks/provider:mock").asText()).isEqualTo("down: unreachable");
        });
    }
}
