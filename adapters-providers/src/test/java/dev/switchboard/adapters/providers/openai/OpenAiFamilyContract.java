package dev.switchboard.adapters.providers.openai;

import static dev.switchboard.adapters.providers.testing.Contexts.drain;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.json;
import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static dev.switchboard.adapters.providers.testing.Replies.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.Contexts;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.model.ProviderId;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.telemetry.TraceParent;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The whole calls and the errors every member of the OpenAI family must handle; streaming is in the base class. */
abstract class OpenAiFamilyContract extends OpenAiStreamingContract {

    @Test
    void answers_a_chat_completion() {
        stub.on(path(Operation.CHAT), json(200, resource("openai/responses/chat-text.json")));

        var response = provider.complete(hello(), withKey());

        assertThat(response.message().content()).isEqualTo("Hello! How can I assist you today?");
        assertThat(response.usage()).isEqualTo(new Usage(19, 10, 4, 0, false));
        assertThat(response.id()).isEqualTo("chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT");
        assertThat(stub.last().method()).isEqualTo("POST");
        assertThat(stub.last().path()).isEqualTo(path(Operation.CHAT));
    }

    @Test
    void sends_the_request_id_and_the_key_upstream() {
        stub.on(path(Operation.CHAT), json(200, resource("openai/responses/chat-text.json")));

        provider.complete(hello(), withKey());

        assertThat(stub.last().header("X-Request-ID")).isEqualTo(Contexts.REQUEST_ID);
        assertThat(stub.last().header("Content-Type")).isEqualTo("application/json");
        assertAuthenticated(stub.last());
    }

    @Test
    void sends_the_trace_context_upstream_only_when_there_is_one() {
        stub.on(path(Operation.CHAT), json(200, resource("openai/responses/chat-text.json")));
        var parent = new TraceParent("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", true);

        provider.complete(hello(), withKey().withTraceParent(parent));
        assertThat(stub.last().header("traceparent")).isEqualTo(parent.header());

        provider.complete(hello(), withKey());
        assertThat(stub.last().header("traceparent")).isNull();
    }

    @Test
    void streams_a_legacy_completion_and_answers_one_whole() {
        stub.on(path(Operation.COMPLETIONS), sse(resource("openai/streams/completions.sse")));
        var events = drain(provider.streamText(CompletionRequest.of(MODEL, "Say this is a test"), withKey()));
        stub.on(path(Operation.COMPLETIONS), json(200, resource("openai/responses/completion.json")));
        var whole = provider.completeText(CompletionRequest.of(MODEL, "Say this is a test"), withKey());

        assertThat(events)
                .contains(new ChatEvent.TextDelta(0, " is a test."), new ChatEvent.Finished(0, FinishReason.LENGTH));
        assertThat(whole.choices().getFirst().text()).isEqualTo("\n\nThis is indeed a test");
        assertThat(whole.usage()).isEqualTo(Usage.of(5, 7));
    }

    @Test
    void lists_the_upstreams_models() {
        stub.on(path(Operation.MODELS), json(200, resource("openai/responses/models.json")));

        var models = provider.models(withKey());

        assertThat(models)
                .extracting(model -> model.ref().model())
                .containsExactly("gpt-4o-mini", "text-embedding-3-small");
        assertThat(models.getFirst().created()).isEqualTo(1686935002L);
        assertThat(models.getFirst().ref().provider()).isEqualTo(ProviderId.of(ID));
        assertThat(stub.last().method()).isEqualTo("GET");
    }

    @Test
    void reports_health_up_when_the_model_list_answers() {
        stub.on(path(Operation.MODELS), json(200, resource("openai/responses/models.json")));

        assertThat(provider.health(withKey()).up()).isTrue();
    }

    @Test
    void reports_health_down_without_throwing_when_the_key_is_rejected() {
        stub.on(
                path(Operation.MODELS),
                json(401, errorBody("Incorrect API key provided: sk-abc***xyz.", "invalid_api_key")));

        var health = provider.health(withKey());

        assertThat(health.up()).isFalse();
        assertThat(health.detail()).contains("Incorrect API key provided").doesNotContain("sk-abc");
    }

    @Test
    void maps_a_rate_limit_with_the_wait_the_upstream_asked_for() {
        stub.on(
                path(Operation.CHAT),
                json(429, errorBody("Rate limit reached", "rate_limit_exceeded"), "retry-after", "7"));

        assertThatThrownBy(() -> provider.complete(hello(), withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure())
                                .isEqualTo(
                                        new ProviderFailure.RateLimited("Rate limit reached", Duration.ofSeconds(7))));
    }

    @Test
    void maps_an_unknown_model_to_model_not_found() {
        stub.on(path(Operation.CHAT), json(404, errorBody("The model `gpt-9` does not exist", "model_not_found")));

        assertThatThrownBy(() -> provider.stream(hello(), withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure())
                                .isEqualTo(new ProviderFailure.ModelNotFound("The model `gpt-9` does not exist")));
    }

    @Test
    void maps_an_overloaded_upstream_to_unavailable() {
        stub.on(path(Operation.CHAT), json(503, errorBody("The engine is currently overloaded", "overloaded")));

        assertThatThrownBy(() -> provider.complete(hello(), withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure())
                                .isEqualTo(new ProviderFailure.Unavailable(
                                        503, "the upstream answered HTTP 503: The engine is currently overloaded")));
    }

    @Test
    void reports_an_answer_outside_the_format_as_malformed() {
        stub.on(path(Operation.CHAT), json(200, "{\"choices\": \"not a list\"}"));

        assertThatThrownBy(() -> provider.complete(hello(), withKey()))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.MalformedResponse.class));
    }
}
