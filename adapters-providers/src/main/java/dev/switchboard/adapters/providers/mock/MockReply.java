package dev.switchboard.adapters.providers.mock;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.Choice;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.chat.ToolDefinition;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The mock's answer to one chat request: the same turn in each of the {@code n} choices, either text or one tool call.
 *
 * @param text the answer's text, already cut to {@code max_tokens}; empty when the turn is a tool call
 * @param toolCall the tool the turn calls, or null
 */
record MockReply(String text, @Nullable ToolCall toolCall, FinishReason reason, int choices, int promptTokens) {

    /** The model that calls a tool whenever the request offers one and does not forbid it. */
    static final String SCRIPTED_MODEL = "scripted";

    static final String NO_TEXT = "(no text)";

    /**
     * Answers with {@code reply}, or else the last user message's text. A tool is called when tool_choice requires one
     * or names one, or when the model is {@value #SCRIPTED_MODEL} and tool_choice is auto or unset.
     */
    static MockReply to(ChatRequest request, @Nullable String reply) {
        String answer = reply != null ? reply : lastUserText(request.messages());
        int prompt = request.messages().stream()
                .mapToInt(message -> MockText.tokens(message.text()))
                .sum();
        int n = request.sampling().choices();
        @Nullable ToolDefinition tool = chosenTool(request);
        if (tool != null) {
            String arguments = new JsonValue.Obj(Map.of("input", JsonValue.of(answer))).toJson();
            return new MockReply(
                    "", new ToolCall("call_mock_0", tool.name(), arguments), FinishReason.TOOL_CALLS, n, prompt);
        }
        @Nullable Integer limit = request.sampling().maxTokens();
        if (limit != null && MockText.tokens(answer) > limit) {
            return new MockReply(MockText.firstWords(answer, limit), null, FinishReason.LENGTH, n, prompt);
        }
        return new MockReply(answer, null, FinishReason.STOP, n, prompt);
    }

    /** Tokens of the whole answer: every choice's text or tool arguments. */
    Usage usage() {
        String said = toolCall != null ? toolCall.arguments() : text;
        return Usage.of(promptTokens, choices * MockText.tokens(said));
    }

    ChatResponse response(String id, String model) {
        var message = toolCall != null ? Message.assistant(List.of(toolCall)) : Message.assistant(text);
        var all = new ArrayList<Choice>();
        for (int index = 0; index < choices; index++) all.add(new Choice(index, message, reason, null));
        return new ChatResponse(id, 0, model, all, usage(), null);
    }

    /** Started, then per choice its pieces and Finished, then the usage. */
    List<ChatEvent> events(String id, String model, int chunkSize) {
        var events = new ArrayList<ChatEvent>();
        events.add(new ChatEvent.Started(id, model));
        for (int index = 0; index < choices; index++) {
            if (toolCall != null) {
                List<String> halves = MockText.halves(toolCall.arguments());
                events.add(new ChatEvent.ToolCallDelta(index, 0, toolCall.id(), toolCall.name(), halves.get(0)));
                events.add(new ChatEvent.ToolCallDelta(index, 0, null, null, halves.get(1)));
            } else {
                for (String chunk : MockText.chunks(text, chunkSize)) events.add(new ChatEvent.TextDelta(index, chunk));
            }
            events.add(new ChatEvent.Finished(index, reason));
        }
        events.add(new ChatEvent.UsageReported(usage()));
        return events;
    }

    private static String lastUserText(List<Message> messages) {
        return messages.reversed().stream()
                .filter(Message.UserMessage.class::isInstance)
                .findFirst()
                .map(Message::text)
                .filter(text -> !text.isBlank())
                .orElse(NO_TEXT);
    }

    private static @Nullable ToolDefinition chosenTool(ChatRequest request) {
        if (request.tools().isEmpty()) return null;
        ToolDefinition first = request.tools().getFirst();
        return switch (request.toolChoice()) {
            case ToolChoice.Required ignored -> first;
            case ToolChoice.Function(String name) ->
                request.tools().stream()
                        .filter(tool -> tool.name().equals(name))
                        .findFirst()
                        .orElse(first);
            case ToolChoice.None ignored -> null;
            case ToolChoice.Auto ignored -> SCRIPTED_MODEL.equals(request.model()) ? first : null;
            case null -> SCRIPTED_MODEL.equals(request.model()) ? first : null;
        };
    }
}
