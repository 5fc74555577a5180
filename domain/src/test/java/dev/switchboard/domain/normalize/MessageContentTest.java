package dev.switchboard.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.Message.AssistantMessage;
import dev.switchboard.domain.chat.ReasoningBlock;
import dev.switchboard.domain.chat.ToolCall;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MessageContentTest {

    private static final ToolCall CALL = new ToolCall("call_1", "get_weather", "{}");
    private static final ContentPart EMPTY = ContentPart.text("");
    private static final ContentPart HELLO = ContentPart.text("hello");
    private static final ContentPart IMAGE = ContentPart.image("https://example.com/cat.png");

    static Stream<Arguments> requestParts() {
        return Stream.of(
                Arguments.of("one empty text stays", List.of(EMPTY), List.of(EMPTY)),
                Arguments.of("no parts stay none", List.of(), List.of()),
                Arguments.of("one text stays", List.of(HELLO), List.of(HELLO)),
                Arguments.of("empty text beside an image goes", List.of(EMPTY, IMAGE), List.of(IMAGE)),
                Arguments.of("empty text beside text goes", List.of(HELLO, EMPTY), List.of(HELLO)),
                Arguments.of("only empty texts keep the first", List.of(EMPTY, EMPTY), List.of(EMPTY)),
                Arguments.of("order is kept", List.of(IMAGE, EMPTY, HELLO), List.of(IMAGE, HELLO)),
                Arguments.of(
                        "blank text is kept",
                        List.of(ContentPart.text(" "), IMAGE),
                        List.of(ContentPart.text(" "), IMAGE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestParts")
    void drops_empty_text_parts_beside_other_parts(String rule, List<ContentPart> parts, List<ContentPart> expected) {
        assertThat(MessageContent.inRequest(new Message.UserMessage(parts, "ann")))
                .isEqualTo(new Message.UserMessage(expected, "ann"));
        assertThat(MessageContent.inRequest(new Message.SystemMessage(parts, null)))
                .isEqualTo(new Message.SystemMessage(expected, null));
        assertThat(MessageContent.inRequest(new Message.DeveloperMessage(parts, "dev")))
                .isEqualTo(new Message.DeveloperMessage(expected, "dev"));
        assertThat(MessageContent.inRequest(new Message.ToolMessage("call_1", parts)))
                .isEqualTo(new Message.ToolMessage("call_1", expected));
    }

    static Stream<Arguments> requestAssistants() {
        return Stream.of(
                Arguments.of("empty content beside calls becomes null", assistant("", CALL), assistant(null, CALL)),
                Arguments.of("null content beside calls stays null", assistant(null, CALL), assistant(null, CALL)),
                Arguments.of("text beside calls stays", assistant("let me see", CALL), assistant("let me see", CALL)),
                Arguments.of("empty content without calls stays", assistant(""), assistant("")),
                Arguments.of("text without calls stays", assistant("hi"), assistant("hi")),
                Arguments.of("null content without calls stays", assistant(null), assistant(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestAssistants")
    void an_assistant_turn_that_only_calls_tools_has_no_content(
            String rule, AssistantMessage turn, AssistantMessage expected) {
        assertThat(MessageContent.inRequest(turn)).isEqualTo(expected);
    }

    @Test
    void keeps_the_other_fields_of_an_assistant_turn() {
        var turn = new AssistantMessage("", "no", List.of(CALL), "thinking", "bot");

        assertThat(MessageContent.inRequest(turn))
                .isEqualTo(new AssistantMessage(null, "no", List.of(CALL), "thinking", "bot"));
    }

    static Stream<Arguments> responses() {
        var refusing = new AssistantMessage("", "I can't", List.of(), null, null);
        return Stream.of(
                Arguments.of("text stays", assistant("hi"), assistant("hi")),
                Arguments.of("empty text stays", assistant(""), assistant("")),
                Arguments.of("no content becomes empty text", assistant(null), assistant("")),
                Arguments.of("empty content beside calls becomes null", assistant("", CALL), assistant(null, CALL)),
                Arguments.of("null content beside calls stays null", assistant(null, CALL), assistant(null, CALL)),
                Arguments.of("text beside calls stays", assistant("ok", CALL), assistant("ok", CALL)),
                Arguments.of(
                        "empty content of a refusal becomes null",
                        refusing,
                        new AssistantMessage(null, "I can't", List.of(), null, null)),
                Arguments.of(
                        "null content of a refusal stays null",
                        new AssistantMessage(null, "no", List.of(), null, null),
                        new AssistantMessage(null, "no", List.of(), null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void an_answer_has_text_unless_it_calls_tools_or_refuses(
            String rule, AssistantMessage answer, AssistantMessage expected) {
        assertThat(MessageContent.inResponse(answer)).isEqualTo(expected);
    }

    @Test
    void an_answer_keeps_its_reasoning_and_name() {
        var answer = new AssistantMessage(null, null, List.of(), "because", "bot");

        assertThat(MessageContent.inResponse(answer))
                .isEqualTo(new AssistantMessage("", null, List.of(), "because", "bot"));
    }

    @Test
    void keeps_the_reasoning_blocks_of_an_assistant_turn_in_requests_and_answers() {
        List<ReasoningBlock> blocks =
                List.of(new ReasoningBlock.Thinking("hmm", "sig"), new ReasoningBlock.Redacted("opaque"));
        var turn = new AssistantMessage("", null, List.of(CALL), "hmm", null, blocks);
        var silent = new AssistantMessage(null, null, List.of(), "hmm", null, blocks);

        assertThat(MessageContent.inRequest(turn)).isEqualTo(turn.withContent(null));
        assertThat(MessageContent.inResponse(turn)).isEqualTo(turn.withContent(null));
        assertThat(MessageContent.inResponse(silent)).isEqualTo(silent.withContent(""));
        assertThat(MessageContent.inResponse(silent).reasoningBlocks()).isEqualTo(blocks);
    }

    private static AssistantMessage assistant(@Nullable String content, ToolCall... calls) {
        return new AssistantMessage(content, null, List.of(calls), null, null);
    }
}
