package dev.switchboard.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.rerank.RerankRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code POST /v1/rerank} and {@code /{provider}/v1/rerank}. */
class RerankRoutesTest {

    private static final String DOCUMENTS = "[\"Carson City\",{\"text\":\"Saipan\"},\"Washington, D.C.\"]";

    private final FakeModelProvider fake = new FakeModelProvider();

    @Test
    void ranks_documents_on_both_prefixes() {
        Api.test(fake, (server, client) -> {
            var plain = Api.post(client, "/v1/rerank", body("mock/bge-reranker", ""));
            var scoped = Api.post(client, "/mock/v1/rerank", body("bge-reranker", ""));

            assertThat(plain.code()).isEqualTo(200);
            assertThat(Api.header(plain, "Content-Type")).startsWith("application/json");
            var json = Api.json(plain);
            assertThat(json.get("id").asText()).matches("rerank-[0-9a-f]{24}");
            assertThat(json.get("model").asText()).isEqualTo("bge-reranker");
            assertThat(json.get("results")).isEqualTo(Api.json("""
                            [{"index":2,"relevance_score":0.9},{"index":1,"relevance_score":0.45},
                             {"index":0,"relevance_score":0.3}]"""));
            assertThat(json.get("usage")).isEqualTo(Api.json("{\"prompt_tokens\":12,\"total_tokens\":12}"));
            assertThat(scoped.code()).isEqualTo(200);
            assertThat(Api.json(scoped).get("id").asText())
                    .isNotEqualTo(json.get("id").asText());
            assertThat(fake.reranks)
                    .containsExactly(
                            new RerankRequest(
                                    "bge-reranker",
                                    "capital",
                                    List.of("Carson City", "Saipan", "Washington, D.C."),
                                    null,
                                    false),
                            new RerankRequest(
                                    "bge-reranker",
                                    "capital",
                                    List.of("Carson City", "Saipan", "Washington, D.C."),
                                    null,
                                    false));
        });
    }

    @Test
    void returns_the_top_n_documents_when_asked() {
        Api.test(fake, (server, client) -> {
            var response = Api.post(client, "/v1/rerank", body("mock/r", ",\"top_n\":2,\"return_documents\":true"));

            assertThat(response.code()).isEqualTo(200);
            assertThat(Api.json(response).get("results")).isEqualTo(Api.json("""
                            [{"index":2,"relevance_score":0.9,"document":{"text":"Washington, D.C."}},
                             {"index":1,"relevance_score":0.45,"document":{"text":"Saipan"}}]"""));
        });
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"model\":\"mock/r\",\"documents\":[\"a\"]}                     | query        | query is required",
                "{\"model\":\"mock/r\",\"query\":\"q\"}                           | documents    | documents is required",
                "{\"model\":\"mock/r\",\"query\":\"q\",\"documents\":[]}          | documents    | documents must not be empty",
                "{\"model\":\"mock/r\",\"query\":\"q\",\"documents\":[\"a\",1]}   | documents[1] | documents[1] must be a string or an object with a text string",
                "{\"model\":\"mock/r\",\"query\":\"q\",\"documents\":[\"a\"],\"top_n\":0} | top_n | top_n must be at least 1",
                "{\"query\":\"q\",\"documents\":[\"a\"]}                          | model        | model is required"
            })
    void refuses_a_bad_request_naming_the_field(String body, String param, String message) {
        Api.test(fake, (server, client) -> {
            var response = Api.post(client, "/v1/rerank", body);

            assertThat(response.code()).isEqualTo(400);
            assertThat(Api.json(response).at("/error/param").asText()).isEqualTo(param);
            assertThat(Api.json(response).at("/error/message").asText()).isEqualTo(message);
            assertThat(fake.reranks).isEmpty();
        });
    }

    @Test
    void answers_unknown_providers_with_404_and_a_provider_without_reranking_with_400() {
        fake.reranker = null;
        Api.test(fake, (server, client) -> {
            var unknownRoute = Api.post(client, "/nope/v1/rerank", body("r", ""));
            var unknownProvider = Api.post(client, "/v1/rerank", body("elsewhere/r", ""));
            var incapable = Api.post(client, "/v1/rerank", body("mock/r", ""));

            assertThat(unknownRoute.code()).isEqualTo(404);
            assertThat(Api.json(unknownRoute).at("/error/code").asText()).isEqualTo("provider_not_found");
            assertThat(unknownProvider.code()).isEqualTo(404);
            assertThat(Api.json(unknownProvider).at("/error/code").asText()).isEqualTo("model_not_found");
            assertThat(incapable.code()).isEqualTo(400);
            assertThat(Api.json(incapable).at("/error/message").asText())
                    .isEqualTo("provider mock does not offer reranking");
            assertThat(Api.json(incapable).at("/error/param").asText()).isEqualTo("model");
        });
    }

    @Test
    void maps_upstream_failures_and_needs_a_key() {
        Api.test(fake, (server, client) -> {
            var overloaded = Api.post(client, "/v1/rerank", body("mock/overloaded", ""));
            var anonymous =
                    Api.send(client, "POST", "/v1/rerank", body("mock/r", ""), "Content-Type", "application/json");

            assertThat(overloaded.code()).isEqualTo(503);
            assertThat(Api.json(overloaded).at("/error/code").asText()).isEqualTo("upstream_unavailable");
            assertThat(anonymous.code()).isEqualTo(401);
            assertThat(Api.header(anonymous, "X-Request-ID")).startsWith("req_");
            // An overloaded provider is retried once (routing.retry.max_attempts defaults to 2); no key, no call.
            assertThat(fake.reranks).extracting(RerankRequest::model).containsExactly("overloaded", "overloaded");
        });
    }

    private static String body(String model, String extra) {
        return "{\"model\":\"" + model + "\",\"query\":\"capital\",\"documents\":" + DOCUMENTS + extra + "}";
    }
}
