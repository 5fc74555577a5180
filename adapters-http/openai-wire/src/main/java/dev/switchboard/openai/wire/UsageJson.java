package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.chat.Usage;

/** OpenAI's {@code usage} object, written from and read into the domain's {@link Usage}. */
final class UsageJson {

    private UsageJson() {}

    /** Chat and completion usage: the three totals and the cached and reasoning details. */
    static ObjectNode write(Usage usage) {
        ObjectNode node = WireJson.object()
                .put("prompt_tokens", usage.promptTokens())
                .put("completion_tokens", usage.completionTokens())
                .put("total_tokens", usage.totalTokens());
        node.putObject("prompt_tokens_details").put("cached_tokens", usage.cachedTokens());
        node.putObject("completion_tokens_details").put("reasoning_tokens", usage.reasoningTokens());
        return node;
    }

    /** Embedding usage: only prompt and total tokens. */
    static ObjectNode writeEmbedding(Usage usage) {
        return WireJson.object().put("prompt_tokens", usage.promptTokens()).put("total_tokens", usage.totalTokens());
    }
}
