package dev.switchboard.domain.audio;

/**
 * The tokens a transcription by a token-billed model ({@code gpt-4o-transcribe} and the like) used.
 *
 * @param inputTokens the tokens of the audio and of the prompt
 * @param textTokens the part of {@code inputTokens} that was text (the prompt)
 * @param audioTokens the part of {@code inputTokens} that was audio
 * @param outputTokens the tokens of the transcribed text
 * @param totalTokens all tokens, as the provider counted them
 */
public record TranscriptionUsage(int inputTokens, int textTokens, int audioTokens, int outputTokens, int totalTokens) {

    public TranscriptionUsage {
        if (inputTokens < 0 || textTokens < 0 || audioTokens < 0 || outputTokens < 0 || totalTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
    }
}
