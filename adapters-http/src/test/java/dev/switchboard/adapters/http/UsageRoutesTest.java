package dev.switchboard.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code GET /admin/usage}: totals from the ledger, grouped, filtered by time, as JSON and CSV; admin keys only. */
class UsageRoutesTest {

    private static final String CHAT = Api.chat("mock/gpt-4o", "");
    private static final String CLIENT = "...6789";

    @Test
    void totals_the_calls_of_each_key_provider_and_model_as_json() {
        AdminSession.test(session -> {
            session.client("POST", "/v1/chat/completions", CHAT);
            session.client("POST", "/v1/chat/completions", CHAT);
            session.client("POST", "/v1/embeddings", "{\"model\":\"mock/text-embedding-3-small\",\"input\":\"x\"}");
            session.client("POST", "/v1/chat/completions", Api.chat("nowhere/x", ""));

            var response = session.admin("GET", "/admin/usage?group_by=key,provider,model", null);

            assertThat(response.code()).isEqualTo(200);
            String text = response.body().string();
            // 6 input tokens at $2.50 and 4 output tokens at $10 per million, in plain decimal
            assertThat(text).contains("\"cost_usd\":0.000055,");
            var body = Api.json(text);
            assertThat(body.get("object").asText()).isEqualTo("list");
            assertThat(body.get("group_by").toString()).isEqualTo("[\"key\",\"provider\",\"model\"]");
            var data = body.get("data");
            assertThat(data).hasSize(3);
            var failed = data.get(0);
            assertThat(failed.get("provider").isNull()).isTrue();
            assertThat(failed.get("model").asText()).isEqualTo("nowhere/x");
            assertThat(failed.get("failures").asLong()).isEqualTo(1);
            var chat = data.get(1);
            assertThat(chat.get("key").asText()).isEqualTo(CLIENT);
            assertThat(chat.get("provider").asText()).isEqualTo("mock");
            assertThat(chat.get("model").asText()).isEqualTo("gpt-4o");
            assertThat(chat.get("requests").asLong()).isEqualTo(2);
            assertThat(chat.get("failures").asLong()).isZero();
            assertThat(chat.get("prompt_tokens").asLong()).isEqualTo(6);
            assertThat(chat.get("completion_tokens").asLong()).isEqualTo(4);
            assertThat(chat.get("total_tokens").asLong()).isEqualTo(10);
            assertThat(chat.has("day")).isFalse();
            assertThat(data.get(2).get("model").asText()).isEqualTo("text-embedding-3-small");
            assertThat(data.get(2).get("prompt_tokens").asLong()).isEqualTo(8);
        });
    }

    @Test
    void answers_csv_when_asked_by_format_or_accept_header() {
        AdminSession.test(session -> {
            session.client("POST", "/v1/chat/completions", CHAT);
            String day = Instant.now().toString().substring(0, 10);

            var byFormat = session.admin("GET", "/admin/usage?group_by=day,provider&format=csv", null);
            var byAccept =
                    session.send("GET", "/admin/usage?group_by=provider,day", null, "Bearer " + AdminSession.ADMIN_KEY);

            assertThat(byFormat.code()).isEqualTo(200);
            assertThat(byFormat.headers().get("Content-Type").getFirst()).startsWith("text/csv");
            assertThat(byFormat.body().string())
                    .isEqualTo("provider,day,requests,failures,prompt_tokens,completion_tokens,cached_tokens,"
                            + "reasoning_tokens,total_tokens,cost_usd,unpriced_requests\r\n"
                            + "mock," + day + ",1,0,3,2,0,0,5,0.0000275,0\r\n");
            assertThat(byAccept.code()).isEqualTo(200);
        });
    }

    @Test
    void filters_by_time_range() {
        AdminSession.test(session -> {
            session.client("POST", "/v1/chat/completions", CHAT);

            var past = AdminSession.json(
                    session.admin("GET", "/admin/usage?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z", null));
            var now = AdminSession.json(session.admin("GET", "/admin/usage", null));

            assertThat(past.get("data")).isEmpty();
            assertThat(now.get("data")).hasSize(1);
            assertThat(now.get("data").get(0).get("requests").asLong()).isEqualTo(1);
        });
    }

    @Test
    void refuses_bad_parameters_with_400_naming_them() {
        AdminSession.test(session -> {
            var grouping = session.admin("GET", "/admin/usage?group_by=colour", null);
            var instant = session.admin("GET", "/admin/usage?from=yesterday", null);
            var order = session.admin("GET", "/admin/usage?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", null);
            var format = session.admin("GET", "/admin/usage?format=xml", null);

            assertThat(grouping.code()).isEqualTo(400);
            assertThat(AdminSession.json(grouping).at("/error/message").asText())
                    .contains("'colour'");
            assertThat(instant.code()).isEqualTo(400);
            assertThat(AdminSession.json(instant).at("/error/message").asText()).startsWith("from must be");
            assertThat(order.code()).isEqualTo(400);
            assertThat(format.code()).isEqualTo(400);
        });
    }

    @Test
    void is_for_admin_keys_only() {
        AdminSession.test(session -> {
            assertThat(session.client("GET", "/admin/usage", null).code()).isEqualTo(403);
            assertThat(session.send("GET", "/admin/usage", null, null).code()).isEqualTo(401);
        });
    }

    @Test
    void quotes_csv_cells_and_defuses_formulas() {
        assertThat(UsageViews.cell("gpt-4o")).isEqualTo("gpt-4o");
        assertThat(UsageViews.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(UsageViews.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(UsageViews.cell("=cmd()")).isEqualTo("'=cmd()");
        assertThat(UsageViews.cell(null)).isEmpty();
    }
}
