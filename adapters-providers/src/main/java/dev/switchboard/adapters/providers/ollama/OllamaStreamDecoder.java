package dev.switchboard.adapters.providers.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ToolCall;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the lines of one {@code /api/chat} or {@code /api/generate} stream into domain events as they arrive
 * (<a href="https://github.com/ollama/ollama/blob/main/docs/api.md">API</a>): the first line is {@code Started} (its
 * model; Ollama gives no id, so the gateway makes one), {@code content} (chat) or {@code response} (generate) pieces are
 * text deltas, {@code thinking} pieces reasoning deltas, and each tool call, which arrives whole, is one tool-call delta
 * with its id, name and arguments as JSON text. The line with {@code "done": true} is the finish and the usage. One
 * decoder serves one stream on one thread.
 */
final class OllamaStreamDecoder implements OllamaLines.Decoder<ChatEvent> {

    private final boolean chat;
    private boolean started;
    private String model = "";
    private String createdAt = "";
    private int tools;
    private boolean done;

    /** A decoder for {@code /api/chat} lines when {@code chat}, else for {@code /api/generate} lines. */
    OllamaStreamDecoder(boolean chat) {
        this.chat = chat;
    }

    @Override
    public List<ChatEvent> decode(JsonNode line) {
        if (done) return List.of();
        var events = new ArrayList<ChatEvent>();
        if (!started) {
            started = true;
            model = OllamaResponses.required(line, "model");
            createdAt = line.path("created_at").asText("");
            events.add(new ChatEvent.Started("", model));
        }
        JsonNode source = chat ? line.path("message") : line;
        String thinking = source.path("thinking").asText("");
        if (!thinking.isEmpty()) events.add(new ChatEvent.ReasoningDelta(0, thinking));
        String text = source.path(chat ? "content" : "response").asText("");
        if (!text.isEmpty()) events.add(new ChatEvent.TextDelta(0, text));
        for (JsonNode call : source.path("tool_calls")) {
            ToolCall read = OllamaToolCalls.read(call, model, createdAt, tools);
            events.add(new ChatEvent.ToolCallDelta(0, tools++, read.id(), read.name(), read.arguments()));
        }
        if (line.path("done").asBoolean(false)) {
            done = true;
            String reason = OllamaResponses.optional(line, "done_reason");
            events.add(new ChatEvent.Finished(0, OllamaResponses.finishReason(reason, tools > 0)));
            events.add(new ChatEvent.UsageReported(OllamaResponses.usage(line)));
        }
        return events;
    }

    @Override
    public boolean done() {
        return done;
    }
}
