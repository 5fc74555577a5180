package dev.switchboard.adapters.http;

import static dev.switchboard.adapters.http.AdminSession.ACTOR;
import static dev.switchboard.adapters.http.AdminSession.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The operations routes of the admin API: routes (aliases and fallback chains), the catalogue, provider status. */
class OperationsRoutesTest {

    @Test
    void saves_a_fallback_chain_lists_it_reads_it_and_deletes_it_with_an_audit_trail() {
        AdminSession.test(session -> {
            var saved = session.admin(
                    "PUT",
                    "/admin/routes/smart",
                    "{\"targets\":[\"mock/echo\",{\"model\":\"mock/slow\",\"weight\":3}],\"balanced\":true}");

            assertThat(saved.code()).isEqualTo(200);
            JsonNode route = json(saved);
            assertThat(route.get("name").asText()).isEqualTo("smart");
            assertThat(route.get("balanced").asBoolean()).isTrue();
            assertThat(route.get("origin").asText()).isEqualTo("admin");
            assertThat(route.get("targets").findValuesAsText("model")).containsExactly("mock/echo", "mock/slow");
            assertThat(route.get("targets").findValues("weight"))
                    .extracting(JsonNode::asInt)
                    .containsExactly(1, 3);

            assertThat(json(session.admin("GET", "/admin/routes", null))
                            .get("data")
                            .findValuesAsText("name"))
                    .containsExactly("smart");
            assertThat(json(session.admin("GET", "/admin/routes/smart", null))
                            .get("name")
                            .asText())
                    .isEqualTo("smart");

            assertThat(session.admin("DELETE", "/admin/routes/smart", null).code())
                    .isEqualTo(204);
            assertThat(session.admin("GET", "/admin/routes/smart", null).code()).isEqualTo(404);
            var audit = json(session.admin("GET", "/admin/audit", null)).get("data");
            assertThat(audit.findValuesAsText("action")).containsExactly("route_deleted", "route_saved");
            assertThat(audit.findValuesAsText("actor")).containsOnly(ACTOR);
            assertThat(audit.findValuesAsText("target")).containsOnly("route/smart");
        });
    }

    @Test
    void a_route_named_like_a_model_is_reachable_by_its_path() {
        AdminSession.test(session -> {
            var saved = session.admin("PUT", "/admin/routes/mock/echo", "{\"targets\":[\"mock/echo\",\"mock/slow\"]}");

            assertThat(saved.code()).isEqualTo(200);
            assertThat(json(session.admin("GET", "/admin/routes/mock/echo", null))
                            .get("balanced")
                            .asBoolean())
                    .isFalse();
        });
    }

    @Test
    void a_saved_alias_serves_requests_at_once_and_is_listed_among_the_models() {
        AdminSession.test(session -> {
            session.admin("PUT", "/admin/routes/fast", "{\"targets\":[\"mock/echo\"]}");

            var answer = session.client("POST", "/v1/chat/completions", Api.chat("fast", ""));
            var models = json(session.client("GET", "/v1/models", null)).get("data");
            var alias = json(session.client("GET", "/v1/models/fast", null));

            assertThat(answer.code()).isEqualTo(200);
            assertThat(Api.header(answer, ServedHeaders.PROVIDER)).isEqualTo("mock");
            assertThat(Api.header(answer, ServedHeaders.MODEL)).isEqualTo("echo");
            assertThat(models.findValuesAsText("id")).contains("mock/echo", "fast");
            assertThat(alias.get("id").asText()).isEqualTo("fast");
            assertThat(alias.get("owned_by").asText()).isEqualTo("switchboard");
            assertThat(alias.at("/switchboard/targets/0").asText()).isEqualTo("mock/echo");
        });
    }

    @Test
    void refuses_bad_routes_with_the_field_at_fault() {
        AdminSession.test(session -> {
            assertInvalid(session.admin("PUT", "/admin/routes/x", "{\"targets\":[]}"), "targets");
            assertInvalid(session.admin("PUT", "/admin/routes/x", "{\"targets\":[\"nowhere/m\"]}"), "targets");
            assertInvalid(session.admin("PUT", "/admin/routes/x", "{\"targets\":[\"no-slash\"]}"), "targets");
            assertInvalid(session.admin("PUT", "/admin/routes/x", "{\"targets\":[42]}"), "targets");
            assertInvalid(
                    session.admin("PUT", "/admin/routes/x", "{\"targets\":[{\"model\":\"mock/echo\",\"weight\":0}]}"),
                    "targets");
            assertInvalid(
                    session.admin("PUT", "/admin/routes/x", "{\"targets\":[\"mock/echo\",\"mock/echo\"]}"), "targets");
            assertInvalid(
                    session.admin("PUT", "/admin/routes/x", "{\"targets\":[\"mock/echo\"],\"balanced\":1}"),
                    "balanced");
            assertInvalid(session.admin("PUT", "/admin/routes/x", "[1]"), "body");
            assertInvalid(session.admin("PUT", "/admin/routes/x", "{nope"), "body");
            assertInvalid(session.admin("PUT", "/admin/routes/-bad", "{\"targets\":[\"mock/echo\"]}"), "name");
            assertThat(session.admin("DELETE", "/admin/routes/never", null).code())
                    .isEqualTo(404);
        });
    }

    @Test
    void shows_the_catalogue_with_every_fact_and_refreshes_it_on_demand() {
        AdminSession.test(session -> {
            var refreshed = session.admin("POST", "/admin/catalogue/refresh", null);
            var catalogue = json(session.admin("GET", "/admin/catalogue", null))
                    .get("data")
                    .get(0);

            assertThat(refreshed.code()).isEqualTo(200);
            assertThat(json(refreshed).get("data").get(0).get("source").asText())
                    .isEqualTo("live");
            assertThat(catalogue.get("provider").asText()).isEqualTo("mock");
            assertThat(catalogue.get("error").isNull()).isTrue();
            assertThat(catalogue.get("models").findValuesAsText("id")).contains("mock/echo", "mock/slow");
            assertThat(catalogue.get("models_count").asInt())
                    .isEqualTo(catalogue.get("models").size());
        });
    }

    @Test
    void shows_each_providers_health_concurrency_and_catalogue_state() {
        AdminSession.test(session -> {
            session.client("POST", "/v1/chat/completions", Api.chat("mock/echo", ""));

            var provider = json(session.admin("GET", "/admin/providers", null))
                    .get("data")
                    .get(0);

            assertThat(provider.get("id").asText()).isEqualTo("mock");
            assertThat(provider.get("type").asText()).isEqualTo("fake");
            assertThat(provider.at("/health/up").asBoolean()).isTrue();
            assertThat(provider.at("/concurrency/max").asInt()).isPositive();
            assertThat(provider.at("/concurrency/in_flight").asInt()).isZero();
            assertThat(provider.get("circuits").findValuesAsText("model")).containsExactly("mock/echo");
            assertThat(provider.get("circuits").findValuesAsText("state")).containsExactly("closed");
            assertThat(provider.at("/catalogue/source").isTextual()).isTrue();
        });
    }

    @Test
    void a_client_key_may_not_reach_the_operations_routes() {
        AdminSession.test(session -> {
            for (String path : new String[] {"/admin/providers", "/admin/catalogue", "/admin/routes"}) {
                assertThat(session.client("GET", path, null).code()).as(path).isEqualTo(403);
            }
            assertThat(session.client("POST", "/admin/catalogue/refresh", null).code())
                    .isEqualTo(403);
            assertThat(session.client("PUT", "/admin/routes/x", "{\"targets\":[\"mock/echo\"]}")
                            .code())
                    .isEqualTo(403);
        });
    }

    private static void assertInvalid(io.javalin.testtools.Response response, String field) {
        assertThat(response.code()).isEqualTo(400);
        JsonNode error = json(response).get("error");
        assertThat(error.get("param").asText()).isEqualTo(field);
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("message").asText()).doesNotContain("Exception").doesNotContain("dev.switchboard");
    }
}
