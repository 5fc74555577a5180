package dev.switchboard.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MessageTest {

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of(Message.system("s"), "system", "s"),
                Arguments.of(Message.developer("d"), "developer", "d"),
                Arguments.of(Message.user("u"), "user", "u"),
                Arguments.of(Message.assistant("a"), "assistant", "a"),
                Arguments.of(Message.assistant(List.of(new ToolCall("c", "f", "{}"))), "assistant", ""),
                Arguments.of(Message.tool("call_1", "42"), "tool", "42"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("roles")
    void each_message_has_its_openai_role_and_text(Message message, String role, String text) {
        assertThat(message.role()).isEqualTo(role);
        assertThat(message.text()).isEqualTo(text);
    }

    @Test
    void text_joins_the_text_parts_by_lines_and_skips_images_and_audio() {
        var message = Message.user(List.of(
                ContentPart.text("look"),
                ContentPart.image("https://example.com/a.png"),
                new ContentPart.Audio("UklGR", "wav"),
                ContentPart.text("at this")));

        assertThat(message.text()).isEqualTo("look\nat this");
        assertThat(new Message.SystemMessage(List.of(), null).text()).isEmpty();
    }

    @Test
    void copies_its_content() {
        var parts = new ArrayList<ContentPart>(List.of(ContentPart.text("a")));
        var message = new Message.UserMessage(parts, "ann");

        parts.add(ContentPart.text("b"));

        assertThat(message.content()).containsExactly(ContentPart.text("a"));
        assertThat(message.name()).isEqualTo("ann");
    }

    @Test
    void a_tool_message_needs_the_call_it_answers() {
        assertThatThrownBy(() -> Message.tool(" ", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tool_call_id must not be blank");
        assertThatThrownBy(() -> new Message.ToolMessage(null, List.of())).hasMessage("tool_call_id must not be blank");
    }

    @Test
    void an_assistant_message_copies_its_tool_calls() {
        var calls = new ArrayList<>(List.of(new ToolCall("c", "f", "{}")));
        var message = new Message.AssistantMessage(null, null, calls, "thought", null);

        calls.clear();

        assertThat(message.toolCalls()).hasSize(1);
        assertThat(message.reasoning()).isEqualTo("thought");
    }

    @Test
    void an_assistant_message_copies_its_reasoning_blocks_and_keeps_them_when_its_text_changes() {
        var blocks = new ArrayList<ReasoningBlock>(List.of(new ReasoningBlock.Thinking("hmm", "sig")));
        var message = new Message.AssistantMessage("", null, List.of(), "hmm", "bot", blocks);

        blocks.clear();

        assertThat(message.reasoningBlocks()).containsExactly(new ReasoningBlock.Thinking("hmm", "sig"));
        assertThat(message.withContent("answer"))
                .isEqualTo(new Message.AssistantMessage(
                        "answer", null, List.of(), "hmm", "bot", message.reasoningBlocks()));
        assertThat(Message.assistant("hi").reasoningBlocks()).isEmpty();
    }

    @Test
    void content_parts_check_what_they_need() {
        assertThatThrownBy(() -> ContentPart.text(null)).hasMessage("text");
        assertThatThrownBy(() -> ContentPart.image(" ")).hasMessage("image url must not be blank");
        assertThatThrownBy(() -> new ContentPart.Image(null, "low")).hasMessage("image url must not be blank");
        assertThatThrownBy(() -> new ContentPart.Audio(null, "wav")).hasMessage("data");
        assertThatThrownBy(() -> new ContentPart.Audio("x", null)).hasMessage("format");
        assertThat(new ContentPart.Image("https://x", "high").detail()).isEqualTo("high");
    }
}
