package dev.switchboard.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.json.JsonValue;
import org.junit.jupiter.api.Test;

class ChatEventTest {

    @Test
    void events_check_their_parts() {
        assertThatThrownBy(() -> new ChatEvent.Started(null, "m")).hasMessage("id");
        assertThatThrownBy(() -> new ChatEvent.Started("id", null)).hasMessage("model");
        assertThatThrownBy(() -> new ChatEvent.TextDelta(0, null)).hasMessage("text");
        assertThatThrownBy(() -> new ChatEvent.ReasoningDelta(0, null)).hasMessage("text");
        assertThatThrownBy(() -> new ChatEvent.RefusalDelta(0, null)).hasMessage("text");
        assertThatThrownBy(() -> new ChatEvent.ToolCallDelta(0, 0, null, null, null))
                .hasMessage("argumentsPart");
        assertThatThrownBy(() -> new ChatEvent.Logprobs(0, null)).hasMessage("content");
        assertThatThrownBy(() -> new ChatEvent.Finished(0, null)).hasMessage("reason");
        assertThatThrownBy(() -> new ChatEvent.UsageReported(null)).hasMessage("usage");
    }

    @Test
    void a_tool_call_delta_index_must_not_be_negative() {
        assertThatThrownBy(() -> new ChatEvent.ToolCallDelta(0, -1, "call_1", "f", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tool call index must not be negative");
    }

    @Test
    void only_the_first_piece_of_a_tool_call_needs_id_and_name() {
        var first = new ChatEvent.ToolCallDelta(0, 1, "call_1", "get_weather", "{\"ci");
        var later = new ChatEvent.ToolCallDelta(0, 1, null, null, "ty\":1}");

        assertThat(first.argumentsPart() + later.argumentsPart()).isEqualTo("{\"city\":1}");
        assertThat(later.id()).isNull();
        assertThat(new ChatEvent.Logprobs(2, JsonValue.NULL).choice()).isEqualTo(2);
    }

    @Test
    void a_reasoning_piece_may_end_a_block_with_its_signature() {
        var block = new ReasoningBlock.Thinking("Let me think.", "EsQDCkYICBgC");

        var ended = ChatEvent.ReasoningDelta.ended(0, block);

        assertThat(ended).isEqualTo(new ChatEvent.ReasoningDelta(0, "", block));
        assertThat(new ChatEvent.ReasoningDelta(0, "hmm").block()).isNull();
        assertThatThrownBy(() -> ChatEvent.ReasoningDelta.ended(0, null)).hasMessage("block");
    }

    @Test
    void reasoning_blocks_check_their_parts() {
        assertThatThrownBy(() -> new ReasoningBlock.Thinking(null, "sig")).hasMessage("text");
        assertThatThrownBy(() -> new ReasoningBlock.Redacted(""))
                .hasMessage("redacted reasoning data must not be empty");
        assertThat(new ReasoningBlock.Thinking("t", null).signature()).isNull();
    }

    @Test
    void deltas_belong_to_a_choice() {
        assertThat(new ChatEvent.ReasoningDelta(1, "hmm").choice()).isEqualTo(1);
        assertThat(new ChatEvent.RefusalDelta(2, "no").text()).isEqualTo("no");
    }
}
