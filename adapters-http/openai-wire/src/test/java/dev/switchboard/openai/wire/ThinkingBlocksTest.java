package dev.switchboard.openai.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.Choice;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ReasoningBlock;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.model.ModelDescriptor;
import dev.switchboard.domain.model.ModelRef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whole reasoning blocks with their signatures travel to the client and back, in LiteLLM's {@code thinking_blocks}. */
class ThinkingBlocksTest {

    private static final ReasoningBlock THINKING = new ReasoningBlock.Thinking("Weather needs a tool.", "EsQDCkYICBgC");
    private static final ReasoningBlock REDACTED = new ReasoningBlock.Redacted("EmwKAhgBEgy3va3pzix");
    private static final ToolCall CALL = new ToolCall("toolu_01", "weather", "{\"location\":\"Florence, Italy\"}");

    @Test
    void an_answer_carries_its_blocks_and_a_client_sends_them_back_unchanged() {
        var answer = new Message.AssistantMessage(
                null, null, List.of(CALL), "Weather needs a tool.", null, List.of(THINKING, REDACTED));
        var response = new ChatResponse(
                "chatcmpl-1", 1, "claude", List.of(Choice.of(answer, FinishReason.TOOL_CALLS)), Usage.of(1, 1), null);

        var written = Golden.json(ChatResponseWriter.write(response));
        var message = written.get("choices").get(0).get("message");
        var request = "{\"model\":\"claude\",\"messages\":[{\"role\":\"user\",\"content\":\"weather?\"}," + message
                + ",{\"role\":\"tool\",\"tool_call_id\":\"toolu_01\",\"content\":\"40 C\"}]}";
        var read = ChatRequestReader.read(request.getBytes(StandardCharsets.UTF_8));

        assertThat(message.get("thinking_blocks")).isEqualTo(Golden.json("""
                        [{"type":"thinking","thinking":"Weather needs a tool.","signature":"EsQDCkYICBgC"},
                         {"type":"redacted_thinking","data":"EmwKAhgBEgy3va3pzix"}]"""));
        assertThat(read.request().messages().get(1)).isEqualTo(answer);
        assertThat(ChatResponseReader.read(ChatResponseWriter.write(response)).message())
                .isEqualTo(answer);
    }

    @Test
    void an_answer_without_blocks_writes_no_thinking_blocks_field() {
        var response = new ChatResponse(
                "chatcmpl-1",
                1,
                "m",
                List.of(Choice.of(Message.assistant("hi"), FinishReason.STOP)),
                Usage.of(1, 1),
                null);

        assertThat(Golden.json(ChatResponseWriter.write(response))
                        .get("choices")
                        .get(0)
                        .get("message")
                        .has("thinking_blocks"))
                .isFalse();
    }

    @Test
    void a_block_without_signature_is_read_and_written_without_one() {
        var request = """
                {"model":"m","messages":[{"role":"assistant","content":"ok",
                 "thinking_blocks":[{"type":"thinking","thinking":"plain"}]}]}""";

        var message = (Message.AssistantMessage) ChatRequestReader.read(request.getBytes(StandardCharsets.UTF_8))
                .request()
                .messages()
                .getFirst();

        assertThat(message.reasoningBlocks()).containsExactly(new ReasoningBlock.Thinking("plain", null));
        assertThat(ThinkingBlocks.write(message.reasoningBlocks()))
                .isEqualTo(Golden.json("[{\"type\":\"thinking\",\"thinking\":\"plain\"}]"));
    }

    @Test
    void rejects_blocks_outside_the_convention_naming_the_field() {
        assertInvalid(
                "[{\"type\":\"summary\"}]",
                "messages[0].thinking_blocks[0].type must be thinking or redacted_thinking");
        assertInvalid("[{\"type\":\"thinking\"}]", "messages[0].thinking_blocks[0].thinking is required");
        assertInvalid("[{\"type\":\"redacted_thinking\",\"data\":\"\"}]", "redacted reasoning data must not be empty");
        assertInvalid("{}", "messages[0].thinking_blocks must be an array");
    }

    @Test
    void a_stream_ends_each_block_with_the_whole_block_in_thinking_blocks() {
        var writer = ChunkWriter.chat("chatcmpl-1", 1_700_000_000L, "claude", false);

        var pieces = texts(writer.write(new ChatEvent.ReasoningDelta(0, "Weather needs")));
        var end = texts(writer.write(ChatEvent.ReasoningDelta.ended(0, THINKING)));
        var both = texts(writer.write(new ChatEvent.ReasoningDelta(0, "!", REDACTED)));

        assertThat(pieces).hasSize(2).last().asString().contains("\"delta\":{\"reasoning_content\":\"Weather needs\"}");
        assertThat(end)
                .singleElement()
                .asString()
                .contains(
                        "\"delta\":{\"thinking_blocks\":[{\"type\":\"thinking\",\"thinking\":\"Weather needs a tool.\","
                                + "\"signature\":\"EsQDCkYICBgC\"}]}");
        assertThat(both)
                .singleElement()
                .asString()
                .contains("\"delta\":{\"reasoning_content\":\"!\",\"thinking_blocks\":[{\"type\":\"redacted_thinking\","
                        + "\"data\":\"EmwKAhgBEgy3va3pzix\"}]}");
    }

    @Test
    void a_model_list_keeps_the_display_name_when_there_is_one() {
        var named = new ModelDescriptor(
                ModelRef.of("claude", "claude-sonnet-4-5"),
                1_759_104_000L,
                "anthropic",
                Set.of(),
                null,
                null,
                "Claude");
        var plain = ModelDescriptor.named(ModelRef.of("claude", "claude-haiku"), "anthropic");

        var list =
                Golden.json(ModelListWriter.list(List.of(named, plain), true)).get("data");

        assertThat(list.get(0).get("display_name").textValue()).isEqualTo("Claude");
        assertThat(list.get(1).has("display_name")).isFalse();
    }

    private static void assertInvalid(String blocks, String message) {
        var request = "{\"model\":\"m\",\"messages\":[{\"role\":\"assistant\",\"content\":\"ok\",\"thinking_blocks\":"
                + blocks + "}]}";
        assertThatThrownBy(() -> ChatRequestReader.read(request.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WireFormatException.class)
                .hasMessage(message);
    }

    private static List<String> texts(List<byte[]> events) {
        return events.stream()
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .toList();
    }
}
