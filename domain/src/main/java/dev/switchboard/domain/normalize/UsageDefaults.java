package dev.switchboard.domain.normalize;

import dev.switchboard.domain.chat.Usage;
import org.jspecify.annotations.Nullable;

/**
 * Usage for every response, even when the provider reported none: then the tokens are estimated from the text (about
 * four characters a token, the rule of thumb for English with BPE tokenizers) and the usage is marked estimated.
 */
public final class UsageDefaults {

    private static final int CHARS_PER_TOKEN = 4;

    private UsageDefaults() {}

    /** {@code reported} when the provider gave usage, else an estimate from the prompt and answer text. */
    public static Usage apply(@Nullable Usage reported, String promptText, String completionText) {
        if (reported != null && reported.totalTokens() > 0) return reported;
        return new Usage(estimate(promptText), estimate(completionText), 0, 0, true);
    }

    /** Tokens in {@code text} by the four-characters rule; at least one for non-empty text. */
    public static int estimate(String text) {
        return estimate(text.length());
    }

    /** Tokens in a text of {@code characters} characters by the four-characters rule; at least one when non-empty. */
    public static int estimate(int characters) {
        if (characters <= 0) return 0;
        return Math.max(1, (characters + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN);
    }
}
