package dev.switchboard.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChatResponseTest {

    @Test
    void message_is_the_first_choices() {
        var response = new ChatResponse(
                "chatcmpl-1",
                1,
                "m",
                List.of(
                        Choice.of(Message.assistant("first"), FinishReason.STOP),
                        new Choice(1, Message.assistant("second"), FinishReason.STOP, null)),
                Usage.ZERO,
                null);

        assertThat(response.message().content()).isEqualTo("first");
    }

    @Test
    void a_response_without_choices_has_no_message() {
        var response = new ChatResponse("chatcmpl-1", 1, "m", List.of(), Usage.ZERO, null);

        assertThatThrownBy(response::message)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("response has no choices");
    }

    @Test
    void rejects_missing_parts() {
        assertThatThrownBy(() -> new ChatResponse(null, 1, "m", List.of(), Usage.ZERO, null))
                .hasMessage("id");
        assertThatThrownBy(() -> new ChatResponse("i", 1, null, List.of(), Usage.ZERO, null))
                .hasMessage("model");
        assertThatThrownBy(() -> new ChatResponse("i", 1, "m", List.of(), null, null))
                .hasMessage("usage");
    }

    @Test
    void a_choice_checks_its_parts() {
        assertThatThrownBy(() -> new Choice(-1, Message.assistant("a"), FinishReason.STOP, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("choice index must not be negative");
        assertThatThrownBy(() -> new Choice(0, null, FinishReason.STOP, null)).hasMessage("message");
        assertThatThrownBy(() -> new Choice(0, Message.assistant("a"), null, null))
                .hasMessage("finishReason");
        assertThat(Choice.of(Message.assistant("a"), FinishReason.LENGTH).index())
                .isZero();
    }
}
