package dev.switchboard.adapters.providers.anthropic;

import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.json;
import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.model.Capability;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import dev.switchboard.domain.provider.ModelProvider;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/models}, page by page, as descriptors; the health check; the output limits it teaches. */
class AnthropicModelsTest {

    private StubUpstream stub;
    private ModelProvider anthropic;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        anthropic = new AnthropicProviderFactory()
                .create(settings(
                        "claude", "anthropic", "base_url", stub.base("/").toString()));
        stub.on("/v1/models", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            String page = query.contains("after_id=") ? "models-page-2.json" : "models-page-1.json";
            json(200, resource("anthropic/responses/" + page)).send(exchange);
        });
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void lists_every_page_keeping_display_name_creation_date_limits_and_capabilities() {
        var models = anthropic.models(withKey());

        assertThat(models)
                .containsExactly(
                        new ModelDescriptor(
                                ModelRef.of("claude", "claude-sonnet-4-5-20250929"),
                                1_759_104_000L,
                                "anthropic",
                                Set.of(Capability.CHAT, Capability.STREAMING, Capability.VISION, Capability.REASONING),
                                200_000,
                                64_000,
                                "Claude Sonnet 4.5"),
                        new ModelDescriptor(
                                ModelRef.of("claude", "claude-haiku-4-5-20251001"),
                                1_759_276_800L,
                                "anthropic",
                                Set.of(Capability.CHAT, Capability.STREAMING),
                                null,
                                null,
                                "Claude Haiku 4.5"));
        assertThat(stub.requests())
                .extracting(StubUpstream.Recorded::query)
                .containsExactly("limit=1000", "limit=1000&after_id=claude-sonnet-4-5-20250929");
        assertThat(stub.last().header("x-api-key")).isNotNull();
    }

    @Test
    void a_listed_output_limit_becomes_the_limit_of_requests_that_set_none() {
        anthropic.models(withKey());
        stub.on("/v1/messages", json(200, resource("anthropic/responses/text.json")));

        anthropic.complete(ChatRequest.of("claude-sonnet-4-5-20250929", Message.user("hi")), withKey());
        String sonnet = stub.last().text();
        anthropic.complete(ChatRequest.of("claude-haiku-4-5-20251001", Message.user("hi")), withKey());

        assertThat(sonnet).contains("\"max_tokens\":64000");
        assertThat(stub.last().text()).contains("\"max_tokens\":4096");
    }

    @Test
    void a_configured_default_limit_wins_over_the_listed_one() {
        var configured = new AnthropicProviderFactory()
                .create(settings(
                        "claude", "anthropic", "base_url", stub.base("").toString(), "default_max_tokens", "1000"));
        configured.models(withKey());
        stub.on("/v1/messages", json(200, resource("anthropic/responses/text.json")));

        configured.complete(ChatRequest.of("claude-sonnet-4-5-20250929", Message.user("hi")), withKey());

        assertThat(stub.last().text()).contains("\"max_tokens\":1000");
    }

    @Test
    void an_unreadable_creation_date_is_unknown_and_an_upstream_always_saying_more_is_cut_short() {
        stub.on(
                "/v1/models",
                json(
                        200,
                        "{\"data\":[{\"id\":\"claude-x\",\"created_at\":\"yesterday\"}],\"has_more\":true,"
                                + "\"last_id\":\"claude-x\"}"));

        var models = anthropic.models(withKey());

        assertThat(models)
                .hasSize(2)
                .allSatisfy(model -> assertThat(model.created()).isZero());
    }

    @Test
    void is_healthy_when_the_model_list_answers_and_down_without_throwing_when_the_key_is_refused() {
        assertThat(anthropic.health(withKey()).up()).isTrue();
        assertThat(stub.last().query()).isEqualTo("limit=1");

        stub.on(
                "/v1/models",
                json(
                        401,
                        "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}"));
        var health = anthropic.health(withKey());

        assertThat(health.up()).isFalse();
        assertThat(health.detail()).isEqualTo("invalid x-api-key");
    }
}
