package dev.switchboard.adapters.http;

import static dev.switchboard.adapters.http.AdminSession.ADMIN_KEY;
import static dev.switchboard.adapters.http.AdminSession.PROFILES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Secrets are write-only: no response of a whole admin session and no log line shows one. */
class AdminSecretsTest {

    private static final String FIRST = "sk-live-first-secret-7f3a";
    private static final String SECOND = "sk-live-second-secret-9c1d";
    private static final String REFUSED = "sk-live-refused-secret-4e2b";

    @Test
    void no_response_and_no_log_line_ever_contains_a_secret_or_the_admin_key() {
        var responses = new ArrayList<AdminSession.Received>();
        List<String> lines;
        try (var log = new LogCapture()) {
            AdminSession.test(session -> {
                everyRoute(session);
                responses.addAll(session.received());
            });
            lines = log.lines();
        }

        assertThat(responses).hasSizeGreaterThan(15);
        assertThat(responses)
                .extracting(AdminSession.Received::status)
                .contains(200, 201, 204, 400, 401, 403, 404, 409);
        for (String secret : List.of(FIRST, SECOND, REFUSED, ADMIN_KEY, Api.KEY)) {
            assertThat(responses).allSatisfy(response -> {
                assertThat(response.body()).doesNotContain(secret);
                assertThat(response.headers()).doesNotContain(secret);
            });
            assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain(secret));
        }
        assertThat(String.join("", lines))
                .as("the capture sees the admin log lines")
                .contains("profile.created mock/primary");
    }

    private static void everyRoute(AdminSession session) {
        String id = session.create("primary", FIRST);
        String path = PROFILES + "/" + id;
        session.admin("GET", PROFILES, null);
        session.admin("GET", path, null);
        session.admin("PATCH", path, "{\"secret\":\"" + SECOND + "\",\"weight\":2}");
        session.admin("POST", path + "/disable", "{\"reason\":\"rotating keys\"}");
        session.admin("POST", path + "/reset-cooldown", null);
        session.admin("POST", path + "/enable", null);
        session.admin("GET", "/admin/audit", null);
        session.admin("POST", PROFILES, "{\"name\":\"primary\",\"secret\":\"" + REFUSED + "\"}");
        session.admin("POST", PROFILES, "{\"name\":\"\",\"secret\":\"" + REFUSED + "\"}");
        session.admin("POST", PROFILES, "{\"name\":\"x\",\"secret\":\"" + REFUSED + "\",\"weight\":0}");
        session.admin(
                "POST", PROFILES, "{\"name\":\"x\",\"secret\":\"" + REFUSED + "\",\"extra\":\"" + REFUSED + "\"}");
        session.admin("POST", PROFILES, "{\"name\":\"x\",\"secret\":\"" + REFUSED + "\"");
        session.admin("POST", "/admin/providers/nope/profiles", "{\"name\":\"x\",\"secret\":\"" + REFUSED + "\"}");
        session.send("POST", PROFILES, "{\"name\":\"x\",\"secret\":\"" + REFUSED + "\"}", "Bearer " + Api.KEY);
        session.send("GET", PROFILES, null, "Bearer " + REFUSED);
        session.send("GET", PROFILES, null, null);
        session.admin("GET", "/admin/audit?limit=x", null);
        session.admin("DELETE", path, null);
        session.admin("GET", path, null);
    }
}
