package dev.switchboard.domain.completion;

import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A legacy text completion ({@code /v1/completions}).
 *
 * @param prompts one or more prompts; each gets its own choices
 * @param logprobs how many alternatives to report per token (0-5), when asked for
 * @param echo whether the answer repeats the prompt first
 * @param suffix text that comes after the completion, for insertion
 * @param extensions fields outside the OpenAI schema, passed to providers that understand them
 */
public record CompletionRequest(
        String model,
        List<String> prompts,
        Sampling sampling,
        @Nullable Integer logprobs,
        @Nullable Boolean echo,
        @Nullable String suffix,
        @Nullable String user,
        Map<String, JsonValue> extensions) {

    public CompletionRequest {
        if (model == null || model.isBlank()) throw new IllegalArgumentException("model must not be blank");
        prompts = List.copyOf(prompts);
        if (prompts.isEmpty()) throw new IllegalArgumentException("prompt must not be empty");
        Objects.requireNonNull(sampling, "sampling");
        if (logprobs != null && (logprobs < 0 || logprobs > 5)) {
            throw new IllegalArgumentException("logprobs must be between 0 and 5");
        }
        extensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public static CompletionRequest of(String model, String prompt) {
        return new CompletionRequest(model, List.of(prompt), Sampling.DEFAULTS, null, null, null, null, Map.of());
    }

    public CompletionRequest withModel(String newModel) {
        return new CompletionRequest(newModel, prompts, sampling, logprobs, echo, suffix, user, extensions);
    }
}
