package dev.switchboard.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.Gateway;
import dev.switchboard.application.RequestContext;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.TestCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the gateway learns of a request from its path and headers. */
class RequestContextsTest {

    /** Answers with the request context's parts, so a test can read what {@link RequestContexts} made of a request. */
    private static void withContexts(TestCase testCase) {
        try (Gateway gateway = Api.gateway(new FakeModelProvider())) {
            var app = Javalin.create(config -> {
                config.routes.before(RequestIds::assign);
                config.routes.get("/v1/context", ctx -> ctx.result(describe(RequestContexts.of(ctx, gateway))));
                config.routes.get(
                        "/{provider}/v1/context", ctx -> ctx.result(describe(RequestContexts.of(ctx, gateway))));
            });
            Api.run(app, testCase);
        }
    }

    private static String describe(RequestContext context) {
        return context.provider() + " " + context.sessionKey();
    }

    private static String contextOf(HttpClient client, String path, String... headers) {
        return Api.send(client, "GET", path, null, headers).body().string();
    }

    @Test
    void passes_the_session_id_on_as_the_session_key() {
        withContexts((server, client) -> {
            assertThat(contextOf(client, "/v1/context", "X-Session-ID", "conversation-42"))
                    .isEqualTo("null conversation-42");
            assertThat(contextOf(client, "/mock/v1/context", "X-Session-ID", "c_1.2:3"))
                    .isEqualTo("mock c_1.2:3");
        });
    }

    @Test
    void without_a_session_id_there_is_no_session_key() {
        withContexts(
                (server, client) -> assertThat(contextOf(client, "/v1/context")).isEqualTo("null null"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"two words", "<script>", "a/b", "semi;colon"})
    void ignores_a_session_id_that_a_request_id_could_not_be(String session) {
        withContexts((server, client) -> assertThat(contextOf(client, "/v1/context", "X-Session-ID", session))
                .isEqualTo("null null"));
    }

    @Test
    void ignores_a_session_id_longer_than_128_characters() {
        withContexts((server, client) -> {
            assertThat(contextOf(client, "/v1/context", "X-Session-ID", "s".repeat(129)))
                    .isEqualTo("null null");
            assertThat(contextOf(client, "/v1/context", "X-Session-ID", "s".repeat(128)))
                    .isEqualTo("null " + "s".repeat(128));
        });
    }
}
