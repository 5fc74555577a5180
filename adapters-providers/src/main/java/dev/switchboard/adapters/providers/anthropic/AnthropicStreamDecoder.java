package dev.switchboard.adapters.providers.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.shared.SseChatStream;
import dev.switchboard.adapters.providers.shared.SseEvent;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ReasoningBlock;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the events of one Messages API stream into domain events as they arrive
 * (<a href="https://docs.claude.com/en/docs/build-with-claude/streaming">streaming</a>): {@code message_start} is
 * {@code Started}; text, thinking and tool input deltas are text, reasoning and tool-call deltas (a tool call's index,
 * id and name come with its first delta); a thinking block's end carries the whole block and its signature;
 * {@code message_delta} is the finish and the usage so far (the API counts it cumulatively); {@code message_stop} ends
 * the stream, an {@code error} event fails it, and {@code ping} and unknown events mean nothing. Events are read as
 * JSON, whose type decides, since real streams pad it with whitespace. One decoder serves one stream on one thread.
 */
final class AnthropicStreamDecoder implements SseChatStream.Decoder {

    private enum Kind {
        TEXT,
        TOOL,
        JSON_ANSWER,
        THINKING,
        OTHER
    }

    /** One open content block. */
    private static final class Block {
        final Kind kind;
        final int toolIndex;
        final StringBuilder thinking = new StringBuilder();

        @Nullable
        String signature;

        Block(Kind kind, int toolIndex) {
            this.kind = kind;
            this.toolIndex = toolIndex;
        }
    }

    private final boolean answersWithJson;
    private final Map<Integer, Block> blocks = new HashMap<>();
    private int tools;
    private int input;
    private int cacheWrite;
    private int cacheRead;
    private int output;
    private boolean done;

    AnthropicStreamDecoder(boolean answersWithJson) {
        this.answersWithJson = answersWithJson;
    }

    @Override
    public List<ChatEvent> decode(SseEvent event) {
        String data = event.data().strip();
        if (done || data.isEmpty()) return List.of();
        JsonNode json = ProviderJson.tree(data.getBytes(StandardCharsets.UTF_8), "stream event");
        return switch (json.path("type").asText(event.event())) {
            case "message_start" -> started(json.path("message"));
            case "content_block_start" -> start(index(json), json.path("content_block"));
            case "content_block_delta" -> delta(block(json), json.path("delta"));
            case "content_block_stop" -> stop(index(json));
            case "message_delta" -> finished(json);
            case "message_stop" -> {
                done = true;
                yield List.of();
            }
            case "error" -> throw AnthropicErrors.inStream(json);
            default -> List.of();
        };
    }

    @Override
    public boolean done() {
        return done;
    }

    private List<ChatEvent> started(JsonNode message) {
        count(message.path("usage"));
        return List.of(new ChatEvent.Started(
                AnthropicResponses.required(message, "id"), AnthropicResponses.required(message, "model")));
    }

    private List<ChatEvent> start(int index, JsonNode block) {
        String type = block.path("type").asText();
        if (type.equals("tool_use")) return toolUse(index, block);
        var opened = new Block(
                switch (type) {
                    case "text" -> Kind.TEXT;
                    case "thinking" -> Kind.THINKING;
                    default -> Kind.OTHER;
                },
                -1);
        blocks.put(index, opened);
        if (type.equals("redacted_thinking")) {
            var redacted = new ReasoningBlock.Redacted(AnthropicResponses.required(block, "data"));
            return List.of(ChatEvent.ReasoningDelta.ended(0, redacted));
        }
        // A text or thinking block may open with text of its own, read like a delta's.
        return delta(opened, block);
    }

    /** The block's {@code input} is always {@code {}} here: the arguments come as {@code input_json_delta} pieces. */
    private List<ChatEvent> toolUse(int index, JsonNode block) {
        String name = AnthropicResponses.required(block, "name");
        if (answersWithJson && name.equals(AnthropicMapper.RESPONSE_TOOL)) {
            blocks.put(index, new Block(Kind.JSON_ANSWER, -1));
            return List.of();
        }
        blocks.put(index, new Block(Kind.TOOL, tools));
        String id = AnthropicResponses.required(block, "id");
        return List.of(new ChatEvent.ToolCallDelta(0, tools++, id, name, ""));
    }

    private List<ChatEvent> delta(Block block, JsonNode delta) {
        String piece = switch (block.kind) {
            case TEXT -> delta.path("text").asText("");
            case TOOL, JSON_ANSWER -> delta.path("partial_json").asText("");
            case THINKING -> delta.path("thinking").asText("");
            case OTHER -> "";
        };
        if (block.kind == Kind.THINKING && !delta.path("signature").asText("").isEmpty()) {
            block.signature = delta.path("signature").textValue();
        }
        if (piece.isEmpty()) return List.of();
        return switch (block.kind) {
            case TEXT, JSON_ANSWER -> List.of(new ChatEvent.TextDelta(0, piece));
            case TOOL -> List.of(new ChatEvent.ToolCallDelta(0, block.toolIndex, null, null, piece));
            case THINKING -> {
                block.thinking.append(piece);
                yield List.of(new ChatEvent.ReasoningDelta(0, piece));
            }
            case OTHER -> List.of();
        };
    }

    private List<ChatEvent> stop(int index) {
        Block block = blocks.remove(index);
        if (block == null || block.kind != Kind.THINKING) return List.of();
        var whole = new ReasoningBlock.Thinking(block.thinking.toString(), block.signature);
        return List.of(ChatEvent.ReasoningDelta.ended(0, whole));
    }

    private List<ChatEvent> finished(JsonNode event) {
        count(event.path("usage"));
        String reason = AnthropicResponses.optional(event.path("delta"), "stop_reason");
        boolean onlyJson = answersWithJson && tools == 0;
        return List.of(
                new ChatEvent.Finished(0, AnthropicResponses.finishReason(reason, onlyJson)),
                new ChatEvent.UsageReported(AnthropicResponses.usage(input, cacheWrite, cacheRead, output)));
    }

    /** The API reports usage cumulatively: each count present replaces the one before. */
    private void count(JsonNode usage) {
        input = usage.path("input_tokens").asInt(input);
        cacheWrite = usage.path("cache_creation_input_tokens").asInt(cacheWrite);
        cacheRead = usage.path("cache_read_input_tokens").asInt(cacheRead);
        output = usage.path("output_tokens").asInt(output);
    }

    private Block block(JsonNode event) {
        Block block = blocks.get(index(event));
        if (block == null) throw AnthropicResponses.malformed("a content block delta came for a block never started");
        return block;
    }

    private static int index(JsonNode event) {
        JsonNode index = event.get("index");
        if (index == null || !index.canConvertToInt()) throw AnthropicResponses.malformed("index must be a number");
        return index.intValue();
    }
}
