package dev.switchboard.adapters.providers.anthropic;

import static dev.switchboard.adapters.providers.testing.Contexts.anonymous;
import static dev.switchboard.adapters.providers.testing.Contexts.drain;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.json;
import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.testing.Contexts;
import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider against a loopback upstream speaking the Messages API: whole answers, true streaming, close. */
class AnthropicContractTest {

    static final ChatRequest HELLO = ChatRequest.of("claude-sonnet-4-5", Message.user("Hello!"));

    StubUpstream stub;
    ModelProvider anthropic;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        anthropic = create();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    ModelProvider create(Object... more) {
        var values = new ArrayList<Object>(List.of("base_url", stub.base("").toString()));
        values.addAll(List.of(more));
        return new AnthropicProviderFactory().create(settings("claude", "anthropic", values.toArray()));
    }

    @Test
    void answers_a_chat_completion_counting_cached_input_into_the_prompt() {
        stub.on("/v1/messages", json(200, resource("anthropic/responses/text.json")));

        var response = anthropic.complete(HELLO, withKey());

        assertThat(response.id()).isEqualTo("msg_01XFDUDYJgAACzvnptvVoYEL");
        assertThat(response.model()).isEqualTo("claude-sonnet-4-5-20250929");
        assertThat(response.message().content()).isEqualTo("Hello there!");
        assertThat(response.choices().getFirst().finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.usage()).isEqualTo(new Usage(36, 6, 20, 0, false));
    }

    @Test
    void sends_the_key_version_and_request_id_and_no_beta_unless_asked() {
        stub.on("/v1/messages", json(200, resource("anthropic/responses/text.json")));

        anthropic.complete(HELLO, withKey());

        var sent = stub.last();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v1/messages");
        assertThat(sent.header("x-api-key")).isEqualTo(Contexts.KEY);
        assertThat(sent.header("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(sent.header("X-Request-ID")).isEqualTo(Contexts.REQUEST_ID);
        assertThat(sent.header("Content-Type")).isEqualTo("application/json");
        assertThat(sent.header("anthropic-beta")).isNull();
        assertThat(sent.header("Authorization")).isNull();
    }

    @Test
    void sends_configured_and_requested_beta_features_once_each_and_configured_headers() {
        var configured = create(
                "version",
                "2024-01-01",
                "beta",
                new JsonValue.Arr(List.of(JsonValue.of("context-1m-2025-08-07"), JsonValue.of("b-2"))),
                "headers",
                Contexts.map("X-Team", "search"));
        stub.on("/v1/messages", json(200, resource("anthropic/responses/text.json")));
        var request = ChatRequest.builder("claude-sonnet-4-5")
                .message(Message.user("hi"))
                .extension("anthropic_beta", JsonValue.of("b-2, interleaved-thinking-2025-05-14"))
                .build();

        configured.complete(request, anonymous());

        assertThat(stub.last().header("anthropic-beta"))
                .isEqualTo("context-1m-2025-08-07,b-2,interleaved-thinking-2025-05-14");
        assertThat(stub.last().header("anthropic-version")).isEqualTo("2024-01-01");
        assertThat(stub.last().header("X-Team")).isEqualTo("search");
        assertThat(stub.last().header("x-api-key")).isNull();
        assertThat(stub.last().text()).doesNotContain("anthropic_beta");
    }

    @Test
    void answers_a_json_response_format_with_the_tools_input_as_content() {
        stub.on("/v1/messages", json(200, resource("anthropic/responses/json-answer.json")));
        var request = ChatRequest.builder("claude-sonnet-4-5")
                .message(Message.user("Paris, as JSON"))
                .responseFormat(dev.switchboard.domain.chat.ResponseFormat.JSON_OBJECT)
                .build();

        var response = anthropic.complete(request, withKey());

        assertThat(response.message().content()).isEqualTo("{\"city\":\"Paris\",\"population\":2102650}");
        assertThat(response.message().toolCalls()).isEmpty();
        assertThat(response.choices().getFirst().finishReason()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void streams_with_stream_true_and_hands_on_each_event_before_the_upstream_sends_the_next() {
        var gate = new CountDownLatch(1);
        var released = new ArrayList<Boolean>();
        var upstream = Replies.events("anthropic/streams/text.sse");
        stub.on(
                "/v1/messages",
                Replies.paced(
                        List.of(
                                String.join("", upstream.subList(0, 4)),
                                String.join("", upstream.subList(4, upstream.size()))),
                        List.of(gate),
                        released));

        try (var stream = anthropic.stream(HELLO, withKey())) {
            var events = stream.iterator();
            assertThat(events.next()).isInstanceOf(ChatEvent.Started.class);
            assertThat(events.next()).isEqualTo(new ChatEvent.TextDelta(0, "Hello"));
            gate.countDown();
            assertThat(events.next()).isEqualTo(new ChatEvent.TextDelta(0, " there!"));
        }
        assertThat(released).containsExactly(true);
        assertThat(stub.last().text()).contains("\"stream\":true");
        assertThat(stub.last().header("Accept")).isEqualTo("text/event-stream");
    }

    @Test
    void closing_mid_stream_frees_the_upstream_connection() throws Exception {
        var gone = new CountDownLatch(1);
        stub.on(
                "/v1/messages",
                Replies.untilClientLeaves(
                        Replies.events("anthropic/streams/text.sse").getFirst(), gone));

        var stream = anthropic.stream(HELLO, withKey());
        var events = stream.iterator();
        assertThat(events.next()).isInstanceOf(ChatEvent.Started.class);
        stream.close();
        stream.close();

        assertThat(gone.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events.hasNext()).isFalse();
        assertThatThrownBy(stream::iterator).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_close_from_another_thread_ends_a_waiting_reader_at_once() throws Exception {
        var gone = new CountDownLatch(1);
        stub.on(
                "/v1/messages",
                Replies.untilClientLeaves(
                        Replies.events("anthropic/streams/text.sse").getFirst(), gone));
        var stream = anthropic.stream(HELLO, withKey());
        var read = new ArrayList<ChatEvent>();
        var firstRead = new CountDownLatch(1);
        Thread reader = Thread.ofVirtual()
                .start(() -> stream.forEach(event -> {
                    read.add(event);
                    firstRead.countDown();
                }));

        assertThat(firstRead.await(5, TimeUnit.SECONDS)).isTrue();
        stream.close();
        reader.join(Duration.ofSeconds(5));

        assertThat(reader.isAlive()).isFalse();
        assertThat(read).hasSize(1);
    }

    @Test
    void a_stream_the_upstream_stops_feeding_fails_with_timeout() {
        String first = Replies.events("anthropic/streams/text.sse").getFirst();
        stub.on("/v1/messages", Replies.stall(first, Duration.ofSeconds(5), ""));

        try (var stream = anthropic.stream(HELLO, withKey(Duration.ofMillis(300)))) {
            assertThatThrownBy(() -> stream.forEach(event -> {}))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.Timeout.class));
        }
    }

    @Test
    void counts_tokens_with_the_count_tokens_endpoint() {
        stub.on("/v1/messages/count_tokens", json(200, "{\"input_tokens\": 14}"));

        var counter = anthropic.tokenCounter().orElseThrow();

        assertThat(counter.countTokens(AnthropicRequests.counted(), withKey())).isEqualTo(14);
        assertThat(stub.last().path()).isEqualTo("/v1/messages/count_tokens");
        AnthropicRequests.assertGolden(
                dev.switchboard.adapters.providers.shared.ProviderJson.tree(
                        stub.last().body(), "sent"),
                "count-tokens.json");
    }

    @Test
    void answers_outside_the_format_are_malformed() {
        stub.on("/v1/messages", json(200, "{\"id\":\"msg_1\",\"model\":\"claude\",\"content\":\"text\"}"));
        assertMalformed(() -> anthropic.complete(HELLO, withKey()));
        stub.on("/v1/messages", json(200, "{\"id\":\"msg_1\",\"content\":[]}"));
        assertMalformed(() -> anthropic.complete(HELLO, withKey()));
        stub.on("/v1/messages/count_tokens", json(200, "{\"tokens\": 14}"));
        assertMalformed(() -> anthropic.tokenCounter().orElseThrow().countTokens(HELLO, withKey()));
    }

    @Test
    void refuses_a_request_before_sending_it_when_the_api_cannot_take_it() {
        var audio = ChatRequest.of(
                "claude-sonnet-4-5",
                Message.user(List.of(new dev.switchboard.domain.chat.ContentPart.Audio("UklGRg==", "wav"))));

        assertThatThrownBy(() -> drain(anthropic.stream(audio, withKey())))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.InvalidRequest.class));
        assertThat(stub.requests()).isEmpty();
    }

    private static void assertMalformed(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.MalformedResponse.class));
    }
}
