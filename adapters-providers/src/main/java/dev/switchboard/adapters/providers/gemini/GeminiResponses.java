package dev.switchboard.adapters.providers.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.Failures;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.Choice;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ReasoningBlock;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code generateContent} answer in the domain: each candidate is a choice, read by {@link GeminiTurn}. Usage comes
 * from {@code usageMetadata}: the prompt is {@code promptTokenCount} (cached tokens included, as OpenAI counts them)
 * plus {@code toolUsePromptTokenCount}; the completion is {@code candidatesTokenCount} plus
 * {@code thoughtsTokenCount}, which Gemini counts apart, and the thoughts are also the reasoning tokens;
 * {@code cachedContentTokenCount} is the cached part. A prompt Gemini blocked ({@code promptFeedback.blockReason}, and
 * no candidates) is refused as an invalid request naming the reason, as OpenAI-compatible servers report a prompt
 * their filter stopped.
 */
final class GeminiResponses {

    private GeminiResponses() {}

    static ChatResponse read(byte[] body, String model) {
        JsonNode answer = ProviderJson.tree(body, "response body");
        refuseBlocked(answer);
        String responseId = answer.path("responseId").asText("");
        var choices = new ArrayList<Choice>();
        int position = 0;
        for (JsonNode candidate : answer.path("candidates")) {
            int index = candidate.path("index").asInt(position++);
            var turn = new GeminiTurn(index);
            var events = turn.read(candidate.path("content"), responseId);
            choices.add(new Choice(
                    index,
                    message(events),
                    turn.finish(candidate.path("finishReason").asText("STOP")),
                    GeminiLogprobs.read(candidate)));
        }
        if (choices.isEmpty()) throw malformed("the answer has no candidates");
        return new ChatResponse(
                responseId,
                0,
                answer.path("modelVersion").asText(model),
                choices,
                usage(answer.path("usageMetadata")),
                null);
    }

    /** A blocked prompt, reported with HTTP 200 and no candidates, as a failure. */
    static void refuseBlocked(JsonNode answer) {
        String reason = answer.path("promptFeedback").path("blockReason").asText("");
        if (reason.isEmpty() || !answer.path("candidates").isEmpty()) return;
        throw new ProviderException(new ProviderFailure.InvalidRequest(
                "Gemini blocked the prompt (blockReason " + reason + ")", "messages"));
    }

    static Usage usage(JsonNode usage) {
        int thoughts = usage.path("thoughtsTokenCount").asInt(0);
        return new Usage(
                usage.path("promptTokenCount").asInt(0)
                        + usage.path("toolUsePromptTokenCount").asInt(0),
                usage.path("candidatesTokenCount").asInt(0) + thoughts,
                usage.path("cachedContentTokenCount").asInt(0),
                thoughts,
                false);
    }

    static ProviderException malformed(String what) {
        return new ProviderException(Failures.malformed(what));
    }

    private static Message.AssistantMessage message(List<ChatEvent> events) {
        var text = new StringBuilder();
        var reasoning = new StringBuilder();
        var blocks = new ArrayList<ReasoningBlock>();
        var calls = new ArrayList<ToolCall>();
        for (ChatEvent event : events) {
            switch (event) {
                case ChatEvent.TextDelta delta -> text.append(delta.text());
                case ChatEvent.ReasoningDelta delta when delta.block() != null -> blocks.add(delta.block());
                case ChatEvent.ReasoningDelta delta -> reasoning.append(delta.text());
                case ChatEvent.ToolCallDelta call ->
                    calls.add(
                            new ToolCall(String.valueOf(call.id()), String.valueOf(call.name()), call.argumentsPart()));
                default -> {
                    // A turn yields only the events above.
                }
            }
        }
        String content = text.isEmpty() && !calls.isEmpty() ? null : text.toString();
        return new Message.AssistantMessage(
                content, null, calls, reasoning.isEmpty() ? null : reasoning.toString(), null, blocks);
    }
}
