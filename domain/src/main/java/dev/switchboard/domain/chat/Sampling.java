package dev.switchboard.domain.chat;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the model samples its answer. Every field is optional: null means "the provider's default", and the gateway sends
 * nothing for it.
 *
 * @param maxTokens the output limit ({@code max_completion_tokens}, or the older {@code max_tokens})
 * @param stop up to four sequences that end the answer
 * @param n how many alternative answers to produce
 * @param topLogprobs how many alternatives to report per token, when {@code logprobs} is on
 */
public record Sampling(
        @Nullable Double temperature,
        @Nullable Double topP,
        @Nullable Integer maxTokens,
        @Nullable Double presencePenalty,
        @Nullable Double frequencyPenalty,
        List<String> stop,
        @Nullable Long seed,
        @Nullable Integer n,
        @Nullable Boolean logprobs,
        @Nullable Integer topLogprobs) {

    /** No parameter set: every provider default applies. */
    public static final Sampling DEFAULTS =
            new Sampling(null, null, null, null, null, List.of(), null, null, null, null);

    public Sampling {
        stop = List.copyOf(stop);
        check(temperature == null || (temperature >= 0 && temperature <= 2), "temperature must be between 0 and 2");
        check(topP == null || (topP >= 0 && topP <= 1), "top_p must be between 0 and 1");
        check(maxTokens == null || maxTokens > 0, "max_tokens must be positive");
        check(presencePenalty == null || Math.abs(presencePenalty) <= 2, "presence_penalty must be between -2 and 2");
        check(
                frequencyPenalty == null || Math.abs(frequencyPenalty) <= 2,
                "frequency_penalty must be between -2 and 2");
        check(n == null || (n >= 1 && n <= 128), "n must be between 1 and 128");
        check(topLogprobs == null || (topLogprobs >= 0 && topLogprobs <= 20), "top_logprobs must be between 0 and 20");
        check(stop.size() <= 4, "stop takes at most 4 sequences");
    }

    /** How many choices the request asks for (1 when unset). */
    public int choices() {
        return n == null ? 1 : n;
    }

    private static void check(boolean condition, String message) {
        if (!condition) throw new IllegalArgumentException(message);
    }
}
