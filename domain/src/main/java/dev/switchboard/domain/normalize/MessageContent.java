package dev.switchboard.domain.normalize;

import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Message;
import java.util.List;

/**
 * Content as every provider accepts it. Requests: empty text parts beside other parts are dropped, and an assistant
 * turn that only calls tools has null content rather than {@code ""} (several providers reject an empty text block).
 * Responses: an assistant answer has text ({@code ""} at least) unless it calls tools or refuses, when it has none.
 */
public final class MessageContent {

    private MessageContent() {}

    /** One request message, normalized. */
    public static Message inRequest(Message message) {
        return switch (message) {
            case Message.SystemMessage m -> new Message.SystemMessage(withoutEmptyText(m.content()), m.name());
            case Message.DeveloperMessage m -> new Message.DeveloperMessage(withoutEmptyText(m.content()), m.name());
            case Message.UserMessage m -> new Message.UserMessage(withoutEmptyText(m.content()), m.name());
            case Message.ToolMessage m -> new Message.ToolMessage(m.toolCallId(), withoutEmptyText(m.content()));
            case Message.AssistantMessage m -> {
                boolean emptyBesideCalls = !m.toolCalls().isEmpty()
                        && m.content() != null
                        && m.content().isEmpty();
                yield emptyBesideCalls ? m.withContent(null) : m;
            }
        };
    }

    /** A model's answer, normalized. */
    public static Message.AssistantMessage inResponse(Message.AssistantMessage answer) {
        boolean callsOrRefuses = !answer.toolCalls().isEmpty() || answer.refusal() != null;
        if (callsOrRefuses && answer.content() != null && answer.content().isEmpty()) {
            return answer.withContent(null);
        }
        if (!callsOrRefuses && answer.content() == null) {
            return answer.withContent("");
        }
        return answer;
    }

    private static List<ContentPart> withoutEmptyText(List<ContentPart> parts) {
        if (parts.size() < 2) return parts;
        List<ContentPart> kept = parts.stream()
                .filter(part -> !(part instanceof ContentPart.Text(String text) && text.isEmpty()))
                .toList();
        return kept.isEmpty() ? parts.subList(0, 1) : kept;
    }
}
