package dev.switchboard.adapters.providers.ollama;

import static dev.switchboard.adapters.providers.ollama.OllamaStubs.response;
import static dev.switchboard.adapters.providers.testing.Contexts.KEY;
import static dev.switchboard.adapters.providers.testing.Contexts.REQUEST_ID;
import static dev.switchboard.adapters.providers.testing.Contexts.anonymous;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapters.providers.testing.Contexts;
import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.embedding.Embedding;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.PullProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider against a loopback server: true streaming, cancellation, auth headers and whole answers. */
class OllamaTransportTest {

    private static final ChatRequest HELLO = ChatRequest.of("llama3.2", Message.user("why is the sky blue?"));

    private StubUpstream stub;
    private ModelProvider ollama;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        ollama = OllamaStubs.provider(stub);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void each_line_reaches_the_caller_while_the_server_still_holds_the_next() {
        var gate = new CountDownLatch(1);
        var released = new ArrayList<Boolean>();
        var lines = OllamaStubs.lines("chat-text.ndjson");
        stub.on(
                "/api/chat",
                Replies.paced(List.of(lines.get(0), String.join("", lines.subList(1, 4))), List.of(gate), released));

        try (var stream = ollama.stream(HELLO, anonymous())) {
            var events = stream.iterator();
            assertThat(events.next()).isEqualTo(new ChatEvent.Started("", "llama3.2"));
            assertThat(events.next()).isEqualTo(new ChatEvent.TextDelta(0, "The"));
            gate.countDown();
            assertThat(events.next()).isEqualTo(new ChatEvent.TextDelta(0, " sky"));
        }
        assertThat(released).containsExactly(true);
    }

    @Test
    void pull_progress_reaches_the_caller_while_the_download_runs() {
        var gate = new CountDownLatch(1);
        var released = new ArrayList<Boolean>();
        var lines = OllamaStubs.lines("pull.ndjson");
        stub.on(
                "/api/pull",
                Replies.paced(List.of(lines.get(0), String.join("", lines.subList(1, 7))), List.of(gate), released));

        try (var pull = ollama.puller().orElseThrow().pull("llama3.2", anonymous())) {
            var steps = pull.iterator();
            assertThat(steps.next()).isEqualTo(PullProgress.of("pulling manifest"));
            gate.countDown();
            var rest = new ArrayList<PullProgress>();
            steps.forEachRemaining(rest::add);
            assertThat(rest.getLast()).isEqualTo(PullProgress.of("success"));
        }
        assertThat(released).containsExactly(true);
    }

    @Test
    void closing_mid_stream_frees_the_connection_and_ends_the_events_quietly() throws Exception {
        var gone = new CountDownLatch(1);
        stub.on(
                "/api/chat",
                Replies.untilClientLeaves(OllamaStubs.lines("chat-text.ndjson").getFirst(), gone));

        var stream = ollama.stream(HELLO, anonymous());
        var events = stream.iterator();
        assertThat(events.next()).isInstanceOf(ChatEvent.Started.class);
        stream.close();

        assertThat(gone.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events.hasNext()).isFalse();
    }

    @Test
    void a_key_is_sent_as_bearer_with_the_request_id_and_no_key_sends_no_authorization() {
        stub.on("/api/chat", response("chat-text.json"));

        ollama.complete(HELLO, withKey());
        assertThat(stub.last().header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(stub.last().header("X-Request-ID")).isEqualTo(REQUEST_ID);

        ollama.complete(HELLO, anonymous());
        assertThat(stub.last().header("Authorization")).isNull();
    }

    @Test
    void static_headers_are_sent_and_a_trailing_slash_in_the_base_url_is_harmless() {
        stub.on("/api/tags", Replies.json(200, "{\"models\":[]}"));
        var proxied = new OllamaProviderFactory(name -> null)
                .create(settings(
                        "remote",
                        "ollama",
                        "base_url",
                        stub.base("/").toString(),
                        "headers",
                        Contexts.map("X-Team", "ml")));

        assertThat(proxied.models(anonymous())).isEmpty();
        assertThat(stub.last().path()).isEqualTo("/api/tags");
        assertThat(stub.last().header("X-Team")).isEqualTo("ml");
    }

    @Test
    void a_whole_chat_answer_keeps_thinking_and_tool_calls_and_finishes_with_tool_calls() {
        stub.on("/api/chat", response("chat-tools.json"));

        var answer = ollama.complete(HELLO, anonymous());

        var message = answer.message();
        assertThat(message.content()).isNull();
        assertThat(message.reasoning()).isEqualTo("The user wants the weather.");
        String id = OllamaToolCalls.id(OllamaStubs.tree("{}"), "llama3.2", "2025-07-07T20:32:53.844124Z", 0);
        assertThat(message.toolCalls()).containsExactly(new ToolCall(id, "get_weather", "{\"city\":\"Tokyo\"}"));
        assertThat(answer.choices().getFirst().finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(answer.usage()).isEqualTo(Usage.of(169, 18));
        assertThat(answer.model()).isEqualTo("llama3.2");
        assertThat(answer.id()).isEmpty();
        assertThat(answer.created()).isEqualTo(1751920373L);
    }

    @Test
    void a_whole_text_answer_is_the_content_with_a_stop() {
        stub.on("/api/chat", response("chat-text.json"));

        var answer = ollama.complete(HELLO, anonymous());

        assertThat(answer.message().content()).isEqualTo("Hello! How are you today?");
        assertThat(answer.choices().getFirst().finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(answer.usage()).isEqualTo(Usage.of(26, 298));
    }

    @Test
    void embeddings_come_back_as_floats_in_input_order_with_the_prompt_count() {
        stub.on("/api/embed", response("embed.json"));

        var answer = ollama.embed(
                EmbeddingRequest.of("all-minilm", "Why is the sky blue?", "Why is the grass green?"), anonymous());

        assertThat(answer.model()).isEqualTo("all-minilm");
        assertThat(answer.data())
                .containsExactly(
                        new Embedding(0, new float[] {0.010071029f, -0.0017594862f, 0.05007221f}),
                        new Embedding(1, new float[] {-0.0098027075f, 0.06042469f, 0.025257962f}));
        assertThat(answer.usage()).isEqualTo(Usage.of(8, 0));
    }
}
