package dev.switchboard.adapters.providers.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.Failures;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.Choice;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ReasoningBlock;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.normalize.FinishReasons;
import dev.switchboard.domain.provider.ProviderException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Messages API answer in the domain. Text blocks are the content; {@code tool_use} blocks are tool calls whose
 * arguments are the input as JSON text; thinking is the reasoning text, and every thinking or redacted block is kept
 * whole with its signature, to be sent back. The input of the {@value AnthropicMapper#RESPONSE_TOOL} tool, when the
 * client asked for JSON, is the content. Usage counts cached input into the prompt, as OpenAI does: the API counts
 * {@code input_tokens} without the tokens written to or read from the cache.
 */
final class AnthropicResponses {

    private AnthropicResponses() {}

    static ChatResponse read(byte[] body, boolean answersWithJson) {
        JsonNode message = ProviderJson.tree(body, "response body");
        JsonNode blocks = message.path("content");
        if (!blocks.isArray()) throw malformed("content must be an array");
        var content = new Content(answersWithJson);
        blocks.forEach(content::add);
        var reason = finishReason(optional(message, "stop_reason"), content.json != null && content.calls.isEmpty());
        return new ChatResponse(
                required(message, "id"),
                0,
                required(message, "model"),
                List.of(new Choice(0, content.message(), reason, null)),
                usage(message.path("usage")),
                null);
    }

    /** The content blocks of one answer, read in order. */
    private static final class Content {
        private final boolean answersWithJson;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder reasoning = new StringBuilder();
        private final List<ReasoningBlock> blocks = new ArrayList<>();
        private final List<ToolCall> calls = new ArrayList<>();
        private @Nullable String json;

        Content(boolean answersWithJson) {
            this.answersWithJson = answersWithJson;
        }

        void add(JsonNode block) {
            switch (block.path("type").asText()) {
                case "text" -> text.append(required(block, "text"));
                case "thinking" -> {
                    reasoning.append(required(block, "thinking"));
                    blocks.add(new ReasoningBlock.Thinking(required(block, "thinking"), optional(block, "signature")));
                }
                case "redacted_thinking" -> blocks.add(new ReasoningBlock.Redacted(required(block, "data")));
                case "tool_use" -> {
                    if (answersWithJson && required(block, "name").equals(AnthropicMapper.RESPONSE_TOOL)) {
                        json = input(block);
                    } else {
                        calls.add(new ToolCall(required(block, "id"), required(block, "name"), input(block)));
                    }
                }
                default -> {
                    // Server tool blocks and types added later say nothing an OpenAI client could read.
                }
            }
        }

        Message.AssistantMessage message() {
            String answer = json != null ? json : text.isEmpty() && !calls.isEmpty() ? null : text.toString();
            String thought = reasoning.isEmpty() ? null : reasoning.toString();
            return new Message.AssistantMessage(answer, null, calls, thought, null, blocks);
        }
    }

    /**
     * OpenAI's finish reason for a stop reason: {@code tool_use} is a stop when the only tool used was the JSON answer,
     * and running out of context window counts as reaching the length limit.
     */
    static FinishReason finishReason(@Nullable String stopReason, boolean answeredWithJson) {
        if ("tool_use".equals(stopReason) && answeredWithJson) return FinishReason.STOP;
        if ("model_context_window_exceeded".equals(stopReason)) return FinishReason.LENGTH;
        return FinishReasons.fromUpstream(stopReason);
    }

    static Usage usage(JsonNode usage) {
        return usage(
                usage.path("input_tokens").asInt(0),
                usage.path("cache_creation_input_tokens").asInt(0),
                usage.path("cache_read_input_tokens").asInt(0),
                usage.path("output_tokens").asInt(0));
    }

    static Usage usage(int input, int cacheWrite, int cacheRead, int output) {
        return new Usage(input + cacheWrite + cacheRead, output, cacheRead, 0, false);
    }

    static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) throw malformed(field + " must be text");
        return value.textValue();
    }

    static @Nullable String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    static ProviderException malformed(String what) {
        return new ProviderException(Failures.malformed(what));
    }

    private static String input(JsonNode toolUse) {
        JsonNode input = toolUse.path("input");
        return input.isObject() ? input.toString() : "{}";
    }
}
