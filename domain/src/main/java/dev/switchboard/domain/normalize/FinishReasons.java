package dev.switchboard.domain.normalize;

import dev.switchboard.domain.chat.FinishReason;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps every provider's stop reason to OpenAI's {@code finish_reason}. Unknown reasons count as a natural stop, since a
 * client can do nothing else with them; a missing reason too.
 */
public final class FinishReasons {

    private static final Map<String, FinishReason> TABLE = Map.ofEntries(
            Map.entry("stop", FinishReason.STOP),
            Map.entry("end_turn", FinishReason.STOP),
            Map.entry("stop_sequence", FinishReason.STOP),
            Map.entry("eos", FinishReason.STOP),
            Map.entry("finish_reason_unspecified", FinishReason.STOP),
            Map.entry("length", FinishReason.LENGTH),
            Map.entry("max_tokens", FinishReason.LENGTH),
            Map.entry("model_length", FinishReason.LENGTH),
            Map.entry("tool_calls", FinishReason.TOOL_CALLS),
            Map.entry("tool_use", FinishReason.TOOL_CALLS),
            Map.entry("function_call", FinishReason.TOOL_CALLS),
            Map.entry("content_filter", FinishReason.CONTENT_FILTER),
            Map.entry("content_filtered", FinishReason.CONTENT_FILTER),
            Map.entry("guardrail_intervened", FinishReason.CONTENT_FILTER),
            Map.entry("refusal", FinishReason.CONTENT_FILTER),
            Map.entry("safety", FinishReason.CONTENT_FILTER),
            Map.entry("recitation", FinishReason.CONTENT_FILTER),
            Map.entry("blocklist", FinishReason.CONTENT_FILTER),
            Map.entry("prohibited_content", FinishReason.CONTENT_FILTER),
            Map.entry("spii", FinishReason.CONTENT_FILTER),
            Map.entry("image_safety", FinishReason.CONTENT_FILTER));

    private FinishReasons() {}

    public static FinishReason fromUpstream(@Nullable String reason) {
        if (reason == null) return FinishReason.STOP;
        return TABLE.getOrDefault(reason.strip().toLowerCase(Locale.ROOT), FinishReason.STOP);
    }
}
