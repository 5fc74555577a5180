package dev.switchboard.adapters.providers.mock;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.completion.CompletionResponse;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The mock's answer to a legacy text completion: {@code n} choices per prompt, numbered prompt by prompt, each the
 * {@code reply} or else the prompt itself, cut to {@code max_tokens}, after the prompt when {@code echo} is on.
 */
record MockCompletion(List<CompletionResponse.Choice> choices, Usage usage) {

    MockCompletion {
        choices = List.copyOf(choices);
    }

    static MockCompletion to(CompletionRequest request, @Nullable String reply) {
        int n = request.sampling().choices();
        @Nullable Integer limit = request.sampling().maxTokens();
        boolean echo = Boolean.TRUE.equals(request.echo());
        var choices = new ArrayList<CompletionResponse.Choice>();
        int promptTokens = 0;
        int completionTokens = 0;
        for (String prompt : request.prompts()) {
            promptTokens += MockText.tokens(prompt);
            String answer = reply != null ? reply : prompt.isBlank() ? MockReply.NO_TEXT : prompt;
            FinishReason reason = FinishReason.STOP;
            if (limit != null && MockText.tokens(answer) > limit) {
                answer = MockText.firstWords(answer, limit);
                reason = FinishReason.LENGTH;
            }
            completionTokens += n * MockText.tokens(answer);
            for (int i = 0; i < n; i++) {
                choices.add(
                        new CompletionResponse.Choice(choices.size(), echo ? prompt + answer : answer, reason, null));
            }
        }
        return new MockCompletion(choices, Usage.of(promptTokens, completionTokens));
    }

    CompletionResponse response(String id, String model) {
        return new CompletionResponse(id, 0, model, choices, usage);
    }

    /** Started, then per choice its pieces and Finished, then the usage. */
    List<ChatEvent> events(String id, String model, int chunkSize) {
        var events = new ArrayList<ChatEvent>();
        events.add(new ChatEvent.Started(id, model));
        for (CompletionResponse.Choice choice : choices) {
            for (String chunk : MockText.chunks(choice.text(), chunkSize)) {
                events.add(new ChatEvent.TextDelta(choice.index(), chunk));
            }
            events.add(new ChatEvent.Finished(choice.index(), choice.finishReason()));
        }
        events.add(new ChatEvent.UsageReported(usage));
        return events;
    }
}
