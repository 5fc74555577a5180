package dev.switchboard.domain.chat;

/**
 * Tokens a request used.
 *
 * @param promptTokens input tokens, cached ones included
 * @param completionTokens output tokens, reasoning ones included
 * @param cachedTokens the part of {@code promptTokens} served from a prompt cache
 * @param reasoningTokens the part of {@code completionTokens} spent reasoning
 * @param estimated true when the gateway counted the tokens itself because the provider reported none
 */
public record Usage(int promptTokens, int completionTokens, int cachedTokens, int reasoningTokens, boolean estimated) {

    /** Nothing used, as reported. */
    public static final Usage ZERO = new Usage(0, 0, 0, 0, false);

    public Usage {
        if (promptTokens < 0 || completionTokens < 0 || cachedTokens < 0 || reasoningTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
    }

    public static Usage of(int promptTokens, int completionTokens) {
        return new Usage(promptTokens, completionTokens, 0, 0, false);
    }

    public int totalTokens() {
        return promptTokens + completionTokens;
    }

    /** Both usages added up; estimated when either was. */
    public Usage plus(Usage other) {
        return new Usage(
                promptTokens + other.promptTokens,
                completionTokens + other.completionTokens,
                cachedTokens + other.cachedTokens,
                reasoningTokens + other.reasoningTokens,
                estimated || other.estimated);
    }
}
