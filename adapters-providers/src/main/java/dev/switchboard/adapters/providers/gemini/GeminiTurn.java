package dev.switchboard.adapters.providers.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.ReasoningBlock;
import dev.switchboard.domain.normalize.FinishReasons;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One candidate's parts read in order, whole or chunk by chunk, as domain events. Text is answer text; a part with
 * {@code "thought": true} is reasoning; a {@code functionCall} is one whole tool call, whose arguments are the
 * {@code args} object as JSON text. Gemini gives calls no id (or an optional one, which is kept), so the gateway makes
 * a stable one from the response id, the candidate, the call's place and its content: the same answer always gets the
 * same ids. A {@code thoughtSignature} ends a reasoning block: the block carries the thought text since the last one,
 * with the signature, so that the client can send it back ({@link GeminiContents} restores it). Other parts (code
 * execution, generated images) are skipped. One turn serves one candidate on one thread.
 */
final class GeminiTurn {

    private final int choice;
    private final StringBuilder thought = new StringBuilder();
    private int calls;

    GeminiTurn(int choice) {
        this.choice = choice;
    }

    /** The events of the candidate's parts in this response or chunk. */
    List<ChatEvent> read(JsonNode content, String responseId) {
        var events = new ArrayList<ChatEvent>();
        for (JsonNode part : content.path("parts")) read(part, responseId, events);
        return events;
    }

    /** The OpenAI finish reason: a natural stop after function calls is {@code tool_calls}. */
    FinishReason finish(String reason) {
        if (reason.equals("STOP") && calls > 0) return FinishReason.TOOL_CALLS;
        if (reason.startsWith("IMAGE_") && !reason.equals("IMAGE_OTHER")) return FinishReason.CONTENT_FILTER;
        return FinishReasons.fromUpstream(reason);
    }

    private void read(JsonNode part, String responseId, List<ChatEvent> events) {
        String text = part.path("text").isTextual() ? part.path("text").textValue() : null;
        if (text != null && part.path("thought").asBoolean(false)) {
            thought.append(text);
            if (!text.isEmpty()) events.add(new ChatEvent.ReasoningDelta(choice, text));
        } else if (text != null) {
            if (!text.isEmpty()) events.add(new ChatEvent.TextDelta(choice, text));
        } else if (part.path("functionCall").isObject()) {
            events.add(call(part.path("functionCall"), responseId));
        }
        String signature = part.path("thoughtSignature").asText("");
        if (!signature.isEmpty()) {
            events.add(
                    ChatEvent.ReasoningDelta.ended(choice, new ReasoningBlock.Thinking(thought.toString(), signature)));
            thought.setLength(0);
        }
    }

    private ChatEvent call(JsonNode function, String responseId) {
        String name = function.path("name").asText("");
        if (name.isEmpty()) throw GeminiResponses.malformed("a functionCall has no name");
        JsonNode args = function.path("args");
        String arguments = args.isObject() ? args.toString() : "{}";
        String id = function.path("id").asText("");
        if (id.isEmpty()) id = id(responseId + "\n" + choice + "\n" + calls + "\n" + name + "\n" + arguments);
        return new ChatEvent.ToolCallDelta(choice, calls++, id, name, arguments);
    }

    private static String id(String seed) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return "call_" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
