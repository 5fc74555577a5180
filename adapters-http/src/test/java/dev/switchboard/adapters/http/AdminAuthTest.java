package dev.switchboard.adapters.http;

import static dev.switchboard.adapters.http.AdminSession.ADMIN_KEY;
import static dev.switchboard.adapters.http.AdminSession.PROFILES;
import static dev.switchboard.adapters.http.AdminSession.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.auth.Secret;
import io.javalin.testtools.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only admin keys reach {@code /admin}: no key is a 401, a client key a 403, an unknown key a 401. */
class AdminAuthTest {

    @Test
    void refuses_a_request_without_a_key_with_401_and_a_bearer_challenge() {
        AdminSession.test(session -> {
            var none = session.send("GET", PROFILES, null, null);
            var basic = session.send("GET", PROFILES, null, "Basic " + ADMIN_KEY);

            assertRefused(none, 401, "invalid_api_key");
            assertThat(Api.header(none, "WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(json(none).at("/error/message").asText()).contains("admin key");
            assertRefused(basic, 401, "invalid_api_key");
        });
    }

    @Test
    void refuses_a_client_key_with_403() {
        AdminSession.test(session -> {
            var response = session.send("POST", PROFILES, "{\"name\":\"a\",\"secret\":\"b\"}", "Bearer " + Api.KEY);

            assertRefused(response, 403, "insufficient_permissions");
            assertThat(response.body().string()).doesNotContain(Api.KEY);
            assertThat(json(session.admin("GET", PROFILES, null)).get("data")).isEmpty();
        });
    }

    @Test
    void refuses_an_unknown_key_with_401_without_echoing_it() {
        AdminSession.test(session -> {
            var response = session.send("DELETE", PROFILES + "/x", null, "Bearer sk-guessed-admin-key");

            assertRefused(response, 401, "invalid_api_key");
            assertThat(response.body().string()).doesNotContain("sk-guessed-admin-key");
        });
    }

    @Test
    void turns_the_admin_api_off_when_no_admin_key_is_configured() {
        AdminSession.test(AdminSession.withAdminKeys(List.of()), session -> {
            for (String key : new String[] {null, "Bearer " + Api.KEY, "Bearer " + ADMIN_KEY}) {
                var response = session.send("GET", PROFILES, null, key);

                assertRefused(response, 403, "admin_api_disabled");
                assertThat(json(response).at("/error/message").asText()).contains("ADMIN_API_KEYS");
            }
            assertRefused(session.send("GET", "/admin/audit", null, null), 403, "admin_api_disabled");
        });
    }

    @Test
    void takes_any_configured_admin_key_and_records_its_fingerprint_as_the_actor() {
        var keys = List.of(Secret.of("sk-first-admin-key-0001"), Secret.of(ADMIN_KEY));
        AdminSession.test(AdminSession.withAdminKeys(keys), session -> {
            session.send(
                    "POST",
                    PROFILES,
                    "{\"name\":\"a\",\"secret\":\"sk-x-123456789\"}",
                    "bearer sk-first-admin-key-0001");

            var audit = session.admin("GET", "/admin/audit", null);

            assertThat(audit.code()).isEqualTo(200);
            assertThat(json(audit).at("/data/0/actor").asText()).isEqualTo("admin:...0001");
        });
    }

    @Test
    void keeps_client_routes_for_client_keys_and_admin_routes_for_admin_keys() {
        AdminSession.test(session -> {
            var adminOnClientRoute = session.send("GET", "/v1/models", null, "Bearer " + ADMIN_KEY);
            var clientOnClientRoute = session.send("GET", "/v1/models", null, "Bearer " + Api.KEY);

            assertThat(adminOnClientRoute.code()).isEqualTo(401);
            assertThat(clientOnClientRoute.code()).isEqualTo(200);
        });
    }

    @Test
    void guards_the_admin_api_even_when_the_client_api_is_open() {
        var open = HttpSettings.open(0);
        var settings = new HttpSettings(
                open.host(), 0, List.of(), List.of(Secret.of(ADMIN_KEY)), List.of(), true, open.maxBodyBytes());
        AdminSession.test(settings, session -> {
            assertRefused(session.send("GET", PROFILES, null, null), 401, "invalid_api_key");
            assertRefused(session.send("GET", PROFILES, null, "Bearer anything"), 401, "invalid_api_key");
            assertThat(session.admin("GET", PROFILES, null).code()).isEqualTo(200);
            assertThat(session.send("GET", "/v1/models", null, null).code()).isEqualTo(200);
        });
    }

    @Test
    void answers_an_unknown_admin_path_only_to_an_admin_key() {
        AdminSession.test(session -> {
            assertRefused(
                    session.send("GET", "/admin/nothing", null, "Bearer " + Api.KEY), 403, "insufficient_permissions");
            assertRefused(session.admin("GET", "/admin/nothing", null), 404, "unknown_url");
        });
    }

    @Test
    void refuses_a_client_key_on_admin_paths_however_they_are_spelt() {
        AdminSession.test(session -> {
            for (String path : new String[] {
                PROFILES + "/",
                "/" + PROFILES,
                "/%61dmin/providers/mock/profiles",
                "/admin/./providers/mock/profiles",
                "/v1/../admin/providers/mock/profiles",
                "/admin//providers/mock/profiles"
            }) {
                var response = session.send("GET", path, null, "Bearer " + Api.KEY);

                assertThat(response.code()).as(path).isIn(400, 401, 403, 404);
                assertThat(response.body().string()).as(path).doesNotContain("\"data\"");
            }
        });
    }

    private static void assertRefused(Response response, int status, String code) {
        assertThat(response.code()).isEqualTo(status);
        assertThat(json(response).at("/error/type").asText()).isEqualTo("invalid_request_error");
        assertThat(json(response).at("/error/code").asText()).isEqualTo(code);
    }
}
