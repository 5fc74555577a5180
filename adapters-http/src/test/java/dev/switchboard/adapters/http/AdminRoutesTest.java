package dev.switchboard.adapters.http;

import static dev.switchboard.adapters.http.AdminSession.ACTOR;
import static dev.switchboard.adapters.http.AdminSession.PROFILES;
import static dev.switchboard.adapters.http.AdminSession.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every admin route's happy path, with an admin key. */
class AdminRoutesTest {

    private static final String SECRET = "sk-upstream-aaaa-1111";

    @Test
    void creates_a_profile_with_201_its_view_and_its_location() {
        AdminSession.test(session -> {
            var response = session.admin(
                    "POST",
                    PROFILES,
                    "{\"name\":\"primary\",\"secret\":\"" + SECRET + "\",\"weight\":3,\"priority\":1}");

            assertThat(response.code()).isEqualTo(201);
            assertThat(Api.header(response, "Content-Type")).startsWith("application/json");
            var view = json(response);
            assertThat(view.get("provider").asText()).isEqualTo("mock");
            assertThat(view.get("name").asText()).isEqualTo("primary");
            assertThat(view.get("fingerprint").asText()).isEqualTo("...1111");
            assertThat(view.get("weight").asInt()).isEqualTo(3);
            assertThat(view.get("priority").asInt()).isEqualTo(1);
            assertThat(Instant.parse(view.get("created_at").asText())).isBeforeOrEqualTo(Instant.now());
            assertThat(view.at("/state/status").asText()).isEqualTo("active");
            assertThat(view.at("/state/consecutive_failures").asInt()).isZero();
            assertThat(view.at("/state/last_used").isNull()).isTrue();
            assertThat(view.at("/state/last_error").isNull()).isTrue();
            assertThat(view.has("secret")).isFalse();
            assertThat(Api.header(response, "Location"))
                    .isEqualTo(PROFILES + "/" + view.get("id").asText());
        });
    }

    @Test
    void lists_the_providers_profiles_oldest_first_and_reads_one() {
        AdminSession.test(session -> {
            assertThat(json(session.admin("GET", PROFILES, null)).get("data")).isEmpty();
            String first = session.create("first", SECRET);
            session.create("second", "sk-upstream-bbbb-2222");

            var list = json(session.admin("GET", PROFILES, null));
            var one = session.admin("GET", PROFILES + "/" + first, null);

            assertThat(list.get("object").asText()).isEqualTo("list");
            assertThat(list.get("data").findValuesAsText("name")).containsExactly("first", "second");
            assertThat(list.get("data").findValuesAsText("fingerprint")).containsExactly("...1111", "...2222");
            assertThat(one.code()).isEqualTo(200);
            assertThat(json(one).get("name").asText()).isEqualTo("first");
        });
    }

    @Test
    void patches_name_secret_weight_and_priority_keeping_the_id() {
        AdminSession.test(session -> {
            String id = session.create("primary", SECRET);

            var response = session.admin(
                    "PATCH",
                    PROFILES + "/" + id,
                    "{\"name\":\"backup\",\"secret\":\"sk-new-key-9999\",\"weight\":7,\"priority\":2}");
            var partial = session.admin("PATCH", PROFILES + "/" + id, "{\"weight\":8,\"name\":null}");

            assertThat(response.code()).isEqualTo(200);
            var view = json(response);
            assertThat(view.get("id").asText()).isEqualTo(id);
            assertThat(view.get("name").asText()).isEqualTo("backup");
            assertThat(view.get("fingerprint").asText()).isEqualTo("...9999");
            assertThat(view.get("priority").asInt()).isEqualTo(2);
            assertThat(json(partial).get("weight").asInt()).isEqualTo(8);
            assertThat(json(partial).get("name").asText()).isEqualTo("backup");
        });
    }

    @Test
    void deletes_a_profile_with_204_and_then_no_longer_finds_it() {
        AdminSession.test(session -> {
            String id = session.create("primary", SECRET);

            var deleted = session.admin("DELETE", PROFILES + "/" + id, null);
            var again = session.admin("GET", PROFILES + "/" + id, null);

            assertThat(deleted.code()).isEqualTo(204);
            assertThat(deleted.body().string()).isEmpty();
            assertThat(again.code()).isEqualTo(404);
            assertThat(json(session.admin("GET", PROFILES, null)).get("data")).isEmpty();
        });
    }

    @Test
    void disables_with_a_reason_enables_and_resets_a_cooldown() {
        AdminSession.test(session -> {
            String path = PROFILES + "/" + session.create("primary", SECRET);

            var disabled = json(session.admin("POST", path + "/disable", "{\"reason\":\"key leaked\"}"));
            var defaulted = json(session.admin("POST", path + "/disable", null));
            var reset = json(session.admin("POST", path + "/reset-cooldown", null));
            var enabled = json(session.admin("POST", path + "/enable", null));

            assertThat(disabled.at("/state/status").asText()).isEqualTo("disabled");
            assertThat(disabled.at("/state/reason").asText()).isEqualTo("key leaked");
            assertThat(Instant.parse(disabled.at("/state/since").asText())).isBeforeOrEqualTo(Instant.now());
            assertThat(defaulted.at("/state/reason").asText()).isEqualTo("disabled by " + ACTOR);
            assertThat(reset.at("/state/status").asText())
                    .as("a disable outlives a cooldown reset")
                    .isEqualTo("disabled");
            assertThat(enabled.at("/state/status").asText()).isEqualTo("active");
            assertThat(enabled.at("/state").has("reason")).isFalse();
            var withEmptyBody = session.admin("POST", path + "/reset-cooldown", "");
            assertThat(withEmptyBody.code()).isEqualTo(200);
        });
    }

    @Test
    void reads_the_audit_log_newest_first_with_a_limit_and_a_since() {
        AdminSession.test(session -> {
            String id = session.create("primary", SECRET);
            session.admin("POST", PROFILES + "/" + id + "/disable", "{\"reason\":\"rotating\"}");
            session.admin("DELETE", PROFILES + "/" + id, null);

            var all = json(session.admin("GET", "/admin/audit", null)).get("data");
            var newest =
                    json(session.admin("GET", "/admin/audit?limit=1", null)).get("data");
            var none = json(session.admin("GET", "/admin/audit?since=2999-01-01T00:00:00Z", null))
                    .get("data");
            var since = json(session.admin("GET", "/admin/audit?since=2000-01-01T00:00:00Z&limit=1000", null));

            assertThat(all.findValuesAsText("action"))
                    .containsExactly("profile.deleted", "profile.disabled", "profile.created");
            assertThat(all.get(1).get("actor").asText()).isEqualTo(ACTOR);
            assertThat(all.get(1).get("target").asText()).isEqualTo("mock/primary");
            assertThat(all.get(1).get("detail").asText()).isEqualTo("reason: rotating");
            assertThat(Instant.parse(all.get(1).get("at").asText())).isBeforeOrEqualTo(Instant.now());
            assertThat(newest).hasSize(1);
            assertThat(none).isEmpty();
            assertThat(since.get("data")).hasSize(3);
        });
    }
}
