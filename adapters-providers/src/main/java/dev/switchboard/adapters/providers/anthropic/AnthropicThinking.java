package dev.switchboard.adapters.providers.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ReasoningEffort;
import dev.switchboard.domain.chat.ResponseFormat;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.openai.wire.JsonValues;
import org.jspecify.annotations.Nullable;

/**
 * {@code max_tokens}, which the API requires, and extended thinking
 * (<a href="https://docs.claude.com/en/docs/build-with-claude/extended-thinking">extended thinking</a>).
 *
 * <p>{@code max_tokens} is the client's limit, else the fallback the provider chose ({@code default_max_tokens}, the
 * model's output limit, else {@value #DEFAULT_MAX_TOKENS}). An explicit {@code thinking} object from the client goes
 * upstream unchanged. Otherwise {@code reasoning_effort} picks a budget (minimal 1024, low 2048, medium 8192, high
 * 16384, xhigh 32768 tokens; none turns thinking off). The budget must be at least 1024 and below {@code max_tokens}:
 * when the client set the limit, a larger budget is cut to half of it (at least 1024, else the request is refused);
 * when it did not, the limit grows to the budget plus the fallback, so the answer keeps its room.
 *
 * <p>With thinking on, the API refuses a temperature other than 1, a {@code top_p} below 0.95 and forced tool use. The
 * gateway refuses them too, naming the field, rather than dropping what the client asked for; so it refuses
 * {@code response_format}, which this adapter implements with a forced tool.
 */
final class AnthropicThinking {

    static final int DEFAULT_MAX_TOKENS = 4096;
    static final int MIN_BUDGET = 1024;

    private AnthropicThinking() {}

    /** Sets {@code max_tokens} and, when asked for, {@code thinking}. */
    static void apply(ObjectNode body, ChatRequest request, int fallbackMaxTokens) {
        Integer explicit = request.sampling().maxTokens();
        int maxTokens = explicit != null ? explicit : fallbackMaxTokens;
        ObjectNode thinking = passedThrough(request);
        if (thinking == null && request.reasoningEffort() != null)
            thinking = fromEffort(request.reasoningEffort(), explicit);
        if (thinking != null && isOn(thinking)) {
            refuseIncompatible(request);
            int budget = thinking.path("budget_tokens").asInt(0);
            if (explicit == null && budget >= maxTokens) maxTokens = budget + fallbackMaxTokens;
        }
        body.put("max_tokens", maxTokens);
        if (thinking != null) body.set("thinking", thinking);
    }

    private static @Nullable ObjectNode passedThrough(ChatRequest request) {
        JsonValue thinking = request.extensions().get("thinking");
        if (thinking == null || thinking instanceof JsonValue.Null) return null;
        if (JsonValues.toNode(thinking) instanceof ObjectNode object) return object;
        throw AnthropicMessages.invalid(
                "thinking", "must be an object such as {\"type\":\"enabled\",\"budget_tokens\":2048}");
    }

    private static @Nullable ObjectNode fromEffort(ReasoningEffort effort, @Nullable Integer explicit) {
        int budget = budget(effort);
        if (budget == 0) return null;
        if (explicit != null && budget >= explicit) budget = Math.max(MIN_BUDGET, explicit / 2);
        if (explicit != null && budget >= explicit) {
            throw AnthropicMessages.invalid(
                    "max_tokens", "must be above " + MIN_BUDGET + " to leave room for thinking with reasoning_effort");
        }
        return ProviderJson.object().put("type", "enabled").put("budget_tokens", budget);
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

    private static boolean isOn(JsonNode thinking) {
        String type = thinking.path("type").asText();
        return type.equals("enabled") || type.equals("adaptive");
    }

    private static void refuseIncompatible(ChatRequest request) {
        Double temperature = request.sampling().temperature();
        if (temperature != null && temperature != 1.0) {
            throw AnthropicMessages.invalid("temperature", "must be 1 or unset when thinking is on");
        }
        Double topP = request.sampling().topP();
        if (topP != null && topP < 0.95) {
            throw AnthropicMessages.invalid("top_p", "must be between 0.95 and 1 or unset when thinking is on");
        }
        if (request.toolChoice() instanceof ToolChoice.Required
                || request.toolChoice() instanceof ToolChoice.Function) {
            throw AnthropicMessages.invalid("tool_choice", "must be auto or none when thinking is on");
        }
        if (request.responseFormat() != null && !(request.responseFormat() instanceof ResponseFormat.Text)) {
            throw AnthropicMessages.invalid("response_format", "is not available with thinking on Anthropic models");
        }
    }
}
