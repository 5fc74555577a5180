package dev.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.core.JsonValue;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionMessage;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * What a client reads from the chunks of a stream: the SDK's own accumulation, and the fields outside OpenAI's schema
 * that Anthropic models add ({@code reasoning_content}, {@code thinking_blocks}), which the SDK keeps as extra
 * properties.
 */
final class AnthropicChunks {

    private AnthropicChunks() {}

    /** The whole completion, as the SDK's {@link ChatCompletionAccumulator} builds it from the chunks. */
    static ChatCompletion accumulate(List<ChatCompletionChunk> chunks) {
        var accumulator = ChatCompletionAccumulator.create();
        chunks.forEach(accumulator::accumulate);
        return accumulator.chatCompletion();
    }

    /** The message's one tool call, a function call. */
    static ChatCompletionMessageFunctionToolCall onlyCall(ChatCompletionMessage message) {
        var calls = message.toolCalls().orElseThrow(() -> new AssertionError("no tool calls in " + message));
        assertThat(calls).hasSize(1);
        return calls.getFirst().asFunction();
    }

    /** The non-empty pieces of the tool calls' arguments, as the chunks carried them. */
    static List<String> argumentFragments(List<ChatCompletionChunk> chunks) {
        return chunks.stream()
                .flatMap(chunk -> chunk.choices().stream())
                .flatMap(choice -> choice.delta().toolCalls().stream().flatMap(List::stream))
                .flatMap(call -> call.function().flatMap(function -> function.arguments()).stream())
                .filter(arguments -> !arguments.isEmpty())
                .toList();
    }

    /** The {@code reasoning_content} pieces, joined. */
    static String reasoning(List<ChatCompletionChunk> chunks) {
        return deltaField(chunks, "reasoning_content").stream()
                .map(piece -> piece.convert(String.class))
                .collect(Collectors.joining());
    }

    /** Every block of every {@code delta.thinking_blocks}, in order. */
    static List<JsonNode> thinkingBlocks(List<ChatCompletionChunk> chunks) {
        return deltaField(chunks, "thinking_blocks").stream()
                .map(blocks -> blocks.convert(JsonNode.class))
                .flatMap(array -> StreamSupport.stream(array.spliterator(), false))
                .toList();
    }

    private static List<JsonValue> deltaField(List<ChatCompletionChunk> chunks, String name) {
        return chunks.stream()
                .flatMap(chunk -> chunk.choices().stream())
                .map(choice -> choice.delta()._additionalProperties().get(name))
                .filter(Objects::nonNull)
                .toList();
    }
}
