package dev.switchboard.adapters.providers.bedrock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ReasoningEffort;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.openai.wire.JsonValues;
import org.jspecify.annotations.Nullable;

/**
 * Extended thinking for Anthropic models on Bedrock, sent in {@code additionalModelRequestFields} as
 * {@code thinking: {type: enabled, budget_tokens}}
 * (<a href="https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-extended-thinking.html">extended
 * thinking</a>). An explicit {@code thinking} object from the client goes upstream unchanged. Otherwise
 * {@code reasoning_effort} picks the budget as the {@code anthropic} provider does (minimal 1024, low 2048, medium
 * 8192, high 16384, xhigh 32768; none is off). The budget must stay below {@code maxTokens}: a client limit that is too
 * small halves the budget (at least 1024, else the request is refused); without a client limit, the limit becomes the
 * budget plus {@value #ANSWER_ROOM}. Other model families take no {@code thinking} field, so effort is not sent to them.
 */
final class BedrockThinking {

    static final int MIN_BUDGET = 1024;
    static final int ANSWER_ROOM = 4096;

    private BedrockThinking() {}

    /** Adds {@code thinking} to the additional fields when asked for; returns the {@code maxTokens} to send. */
    static @Nullable Integer apply(ObjectNode additional, ChatRequest request) {
        Integer explicit = request.sampling().maxTokens();
        JsonValue passed = request.extensions().get("thinking");
        if (passed != null && !(passed instanceof JsonValue.Null)) {
            if (!(JsonValues.toNode(passed) instanceof ObjectNode thinking)) {
                throw BedrockMessages.invalid(
                        "thinking", "must be an object such as {\"type\":\"enabled\",\"budget_tokens\":2048}");
            }
            additional.set("thinking", thinking);
            int budget = thinking.path("budget_tokens").asInt(0);
            if (explicit == null && budget > 0) return budget + ANSWER_ROOM;
            return explicit;
        }
        ReasoningEffort effort = request.reasoningEffort();
        int budget = effort == null || !anthropic(request.model()) ? 0 : budget(effort);
        if (budget == 0) return explicit;
        if (explicit != null && budget >= explicit) budget = Math.max(MIN_BUDGET, explicit / 2);
        if (explicit != null && budget >= explicit) {
            throw BedrockMessages.invalid(
                    "max_tokens", "must be above " + MIN_BUDGET + " to leave room for thinking with reasoning_effort");
        }
        additional.set(
                "thinking", additional.objectNode().put("type", "enabled").put("budget_tokens", budget));
        if (explicit != null) return explicit;
        return budget + ANSWER_ROOM;
    }

    /** Base ids ({@code anthropic.claude-...}) and inference profiles ({@code us.anthropic.claude-...}). */
    static boolean anthropic(String model) {
        return model.startsWith("anthropic.") || model.contains(".anthropic.") || model.contains("/anthropic.");
    }

    private static int budget(ReasoningEffort effort) {
        return switch (effort) {
            case NONE -> 0;
            case MINIMAL -> MIN_BUDGET;
            case LOW -> 2048;
            case MEDIUM -> 8192;
            case HIGH -> 16_384;
            case XHIGH -> 32_768;
        };
    }
}
