package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatStream;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.FakeModelProvider;
import dev.switchboard.domain.fixtures.FakeModelProviderFactory;
import dev.switchboard.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StreamChatTest {

    private static final RequestContext CONTEXT = RequestContext.of("req-1");
    private static final ChatEvent.TextDelta HEL = new ChatEvent.TextDelta(0, "Hel");
    private static final ChatEvent.TextDelta LO = new ChatEvent.TextDelta(0, "lo");
    private static final ChatEvent.Finished STOP = new ChatEvent.Finished(0, FinishReason.STOP);
    private static final ChatEvent.UsageReported USAGE = new ChatEvent.UsageReported(Usage.of(9, 2));

    private final FakeModelProviderFactory factory = new FakeModelProviderFactory();
    private final FakeModelProvider anthropic = factory.provider("anthropic");
    private final Gateway gateway = Setups.start(Setups.providers(factory, "anthropic"), factory);

    @AfterEach
    void close() {
        gateway.close();
    }

    @Test
    void passes_a_well_formed_stream_through_with_a_chat_id() {
        anthropic.streamWith(List.of(new ChatEvent.Started("msg_1", "claude-x"), HEL, LO, STOP, USAGE));

        assertThat(read("anthropic/claude"))
                .containsExactly(new ChatEvent.Started("chatcmpl-msg_1", "claude-x"), HEL, LO, STOP, USAGE);
    }

    @Test
    void starts_with_a_generated_id_and_the_routed_model_when_the_provider_sent_no_start() {
        anthropic.streamWith(List.of(HEL, STOP, USAGE));

        var events = read("anthropic/claude");

        assertThat(events.getFirst()).isInstanceOfSatisfying(ChatEvent.Started.class, started -> {
            assertThat(started.id()).matches("chatcmpl-[A-Za-z0-9]{29}");
            assertThat(started.model()).isEqualTo("claude");
        });
        assertThat(events.subList(1, events.size())).containsExactly(HEL, STOP, USAGE);
    }

    @Test
    void a_late_start_is_not_sent_twice() {
        anthropic.streamWith(List.of(HEL, new ChatEvent.Started("msg_late", "claude-x"), LO, STOP, USAGE));

        var events = read("anthropic/claude");

        assertThat(events)
                .hasSize(5)
                .filteredOn(ChatEvent.Started.class::isInstance)
                .hasSize(1);
        assertThat(events.getFirst()).isInstanceOf(ChatEvent.Started.class);
        assertThat(events.subList(1, events.size())).containsExactly(HEL, LO, STOP, USAGE);
    }

    @Test
    void usage_reported_early_is_held_back_until_the_end() {
        anthropic.streamWith(List.of(new ChatEvent.Started("msg_1", "c"), USAGE, HEL, LO, STOP));

        assertThat(read("anthropic/claude")).endsWith(HEL, LO, STOP, USAGE).hasSize(5);
    }

    @Test
    void usage_is_estimated_when_the_provider_reported_none() {
        var call = new ChatEvent.ToolCallDelta(0, 0, "call_1", "f", "{\"a\":1}");
        anthropic.streamWith(List.of(new ChatEvent.ReasoningDelta(0, "hmm"), HEL, call, STOP));

        var events = read("anthropic/claude", "Capital of France?");

        // 18 characters asked: 5 tokens; "hmm" + "Hel" + "{\"a\":1}" are 13 characters: 4 tokens.
        assertThat(events.getLast()).isEqualTo(new ChatEvent.UsageReported(new Usage(5, 4, 0, 0, true)));
    }

    @Test
    void usage_of_zero_tokens_counts_as_none() {
        anthropic.streamWith(List.of(HEL, new ChatEvent.UsageReported(Usage.ZERO)));

        assertThat(read("anthropic/claude", "hi").getLast())
                .isEqualTo(new ChatEvent.UsageReported(new Usage(1, 1, 0, 0, true)));
    }

    @Test
    void an_empty_stream_still_starts_and_reports_usage() {
        anthropic.streamWith(List.of());

        var events = read("anthropic/claude", "hi");

        assertThat(events).hasSize(2);
        assertThat(events.getFirst()).isInstanceOf(ChatEvent.Started.class);
        assertThat(events.getLast()).isEqualTo(new ChatEvent.UsageReported(new Usage(1, 0, 0, 0, true)));
    }

    @Test
    void forwards_every_kind_of_delta_in_order() {
        var upstream = List.<ChatEvent>of(
                new ChatEvent.ReasoningDelta(0, "r"),
                new ChatEvent.RefusalDelta(1, "no"),
                new ChatEvent.ToolCallDelta(0, 0, "c", "f", "{"),
                new ChatEvent.Logprobs(0, JsonValue.emptyObject()),
                new ChatEvent.Finished(1, FinishReason.CONTENT_FILTER),
                STOP,
                USAGE);
        anthropic.streamWith(upstream);

        var events = read("anthropic/claude");

        assertThat(events.subList(1, events.size())).containsExactlyElementsOf(upstream);
    }

    private List<ChatEvent> read(String model) {
        return read(model, "hi");
    }

    private List<ChatEvent> read(String model, String text) {
        var events = new ArrayList<ChatEvent>();
        try (ChatStream stream = gateway.streamChat(ChatRequests.userSays(model, text), CONTEXT)) {
            stream.forEach(events::add);
        }
        return events;
    }
}
