package dev.switchboard.adapters.http;

import static dev.switchboard.adapters.http.AdminSession.PROFILES;
import static dev.switchboard.adapters.http.AdminSession.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unknown things are 404s, a taken name a 409, and bad input a 400 that names the field, in OpenAI's envelope. */
class AdminErrorsTest {

    @Test
    void answers_404_for_an_unknown_provider_whatever_its_shape() {
        AdminSession.test(session -> {
            var unknown = session.admin("GET", "/admin/providers/nope/profiles", null);
            var malformed = session.admin("POST", "/admin/providers/NOT_AN_ID/profiles", "{}");

            assertError(unknown, 404, "provider_not_found", null);
            assertThat(json(unknown).at("/error/message").asText())
                    .isEqualTo("No provider named 'nope' is configured.");
            assertError(malformed, 404, "provider_not_found", null);
        });
    }

    @Test
    void answers_404_for_an_unknown_profile_on_every_profile_route() {
        AdminSession.test(session -> {
            String missing = PROFILES + "/no-such-profile";

            assertError(session.admin("GET", missing, null), 404, "profile_not_found", null);
            assertError(session.admin("PATCH", missing, "{\"weight\":2}"), 404, "profile_not_found", null);
            assertError(session.admin("DELETE", missing, null), 404, "profile_not_found", null);
            assertError(session.admin("POST", missing + "/disable", null), 404, "profile_not_found", null);
            assertError(session.admin("POST", missing + "/enable", null), 404, "profile_not_found", null);
            assertError(session.admin("POST", missing + "/reset-cooldown", null), 404, "profile_not_found", null);
            assertError(session.admin("GET", PROFILES + "/" + "x".repeat(129), null), 404, "profile_not_found", null);
        });
    }

    @Test
    void answers_409_for_a_name_the_provider_already_has() {
        AdminSession.test(session -> {
            session.create("primary", "sk-one-111111111");
            String other = session.create("other", "sk-two-222222222");

            assertError(
                    session.admin("POST", PROFILES, "{\"name\":\"primary\",\"secret\":\"sk-three-33333333\"}"),
                    409,
                    "profile_name_taken",
                    "name");
            assertError(
                    session.admin("PATCH", PROFILES + "/" + other, "{\"name\":\"primary\"}"),
                    409,
                    "profile_name_taken",
                    "name");
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"secret\":\"sk-1\"}                          | name     | name is required",
                "{\"name\":\"a\"}                               | secret   | secret is required",
                "{\"name\":\"a\",\"secret\":\"  \"}           | secret   | secret must not be empty",
                "{\"name\":\"\",\"secret\":\"sk-1\"}    | name     | name must be 1-100 characters and not blank",
                "{\"name\":7,\"secret\":\"sk-1\"}              | name     | name must be a string",
                "{\"name\":\"a\",\"secret\":\"k\",\"weight\":-1}   | weight   | weight must be between 1 and 1000",
                "{\"name\":\"a\",\"secret\":\"k\",\"weight\":\"3\"} | weight   | weight must be a whole number",
                "{\"name\":\"a\",\"secret\":\"k\",\"weight\":1.5}  | weight   | weight must be a whole number",
                "{\"name\":\"a\",\"secret\":\"k\",\"priority\":1001} | priority | priority must be between 0 and 1000",
            })
    void answers_400_naming_the_field_of_a_bad_new_profile(String body, String field, String message) {
        AdminSession.test(session -> {
            var response = session.admin("POST", PROFILES, body);

            assertError(response, 400, "invalid_value", field);
            assertThat(json(response).at("/error/message").asText()).isEqualTo(message);
        });
    }

    @Test
    void answers_400_naming_an_unknown_field_so_that_a_typo_is_not_ignored() {
        AdminSession.test(session -> {
            var response = session.admin("POST", PROFILES, "{\"name\":\"a\",\"secret\":\"k\",\"wieght\":2}");

            assertError(response, 400, "invalid_value", "wieght");
            assertThat(json(response).at("/error/message").asText())
                    .isEqualTo("unknown field 'wieght'; expected [name, priority, secret, weight]");
        });
    }

    @Test
    void answers_400_for_a_body_that_is_not_a_json_object() {
        AdminSession.test(session -> {
            assertError(session.admin("POST", PROFILES, "{not json"), 400, null, null);
            assertError(session.admin("POST", PROFILES, "[1,2]"), 400, null, null);
            assertThat(json(session.admin("POST", PROFILES, "[1,2]"))
                            .at("/error/message")
                            .asText())
                    .isEqualTo("The request body must be a JSON object.");
        });
    }

    @Test
    void answers_400_naming_the_field_of_a_bad_change_or_reason() {
        AdminSession.test(session -> {
            String path = PROFILES + "/" + session.create("primary", "sk-one-111111111");

            assertError(session.admin("PATCH", path, "{\"priority\":-1}"), 400, "invalid_value", "priority");
            assertError(session.admin("PATCH", path, "{\"secret\":\"\"}"), 400, "invalid_value", "secret");
            assertError(session.admin("POST", path + "/disable", "{\"reason\":\" \"}"), 400, "invalid_value", "reason");
            assertError(session.admin("POST", path + "/disable", "{\"reason\":5}"), 400, "invalid_value", "reason");
            assertError(session.admin("POST", path + "/disable", "{\"why\":\"x\"}"), 400, "invalid_value", "why");
            assertThat(json(session.admin("GET", path, null))
                            .at("/state/status")
                            .asText())
                    .isEqualTo("active");
        });
    }

    @Test
    void answers_400_naming_a_bad_audit_query_parameter() {
        AdminSession.test(session -> {
            assertError(session.admin("GET", "/admin/audit?limit=0", null), 400, "invalid_value", "limit");
            assertError(session.admin("GET", "/admin/audit?limit=5000", null), 400, "invalid_value", "limit");
            assertError(session.admin("GET", "/admin/audit?limit=ten", null), 400, "invalid_value", "limit");
            assertError(session.admin("GET", "/admin/audit?since=yesterday", null), 400, "invalid_value", "since");
        });
    }

    @Test
    void answers_405_for_a_method_a_route_does_not_take() {
        AdminSession.test(session -> {
            assertError(session.admin("DELETE", PROFILES, null), 405, "method_not_allowed", null);
        });
    }

    private static void assertError(Response response, int status, String code, String param) {
        assertThat(response.code()).isEqualTo(status);
        var error = json(response).get("error");
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("code").isNull() ? null : error.get("code").asText())
                .isEqualTo(code);
        assertThat(error.get("param").isNull() ? null : error.get("param").asText())
                .isEqualTo(param);
    }
}
