package dev.switchboard.adapters.providers.gemini;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ReasoningEffort;
import dev.switchboard.domain.chat.ResponseFormat;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.openai.wire.JsonValues;

/**
 * A request's {@code generationConfig}: {@code temperature}, {@code topP}, {@code maxOutputTokens},
 * {@code stopSequences}, {@code seed} (which the API takes as a 32-bit number), {@code candidateCount} from {@code n},
 * {@code presencePenalty}, {@code frequencyPenalty}, the log probability switches ({@link GeminiLogprobs}) and the
 * extension {@code top_k} as {@code topK}. A {@code json_object} response format asks for
 * {@code responseMimeType: application/json}; a {@code json_schema} adds the schema, reduced to Gemini's subset, as
 * {@code responseSchema}.
 *
 * <p>Thinking: an explicit {@code thinking_config} extension goes upstream as {@code thinkingConfig} unchanged.
 * Otherwise {@code reasoning_effort} picks {@code thinkingBudget} (none 0, which turns thinking off on the models that
 * allow it; minimal 512; low 1024; medium 8192; high 24576; xhigh 32768), with {@code includeThoughts} on so that the
 * thought summaries reach the client as reasoning. Without either, the model's own default applies.
 */
final class GeminiGeneration {

    private GeminiGeneration() {}

    static ObjectNode config(ChatRequest request) {
        ObjectNode config = ProviderJson.object();
        sampling(config, request.sampling());
        JsonValue topK = request.extensions().get("top_k");
        if (topK != null && !(topK instanceof JsonValue.Null)) config.set("topK", JsonValues.toNode(topK));
        switch (request.responseFormat()) {
            case null -> {}
            case ResponseFormat.Text ignored -> {}
            case ResponseFormat.JsonObject ignored -> config.put("responseMimeType", "application/json");
            case ResponseFormat.JsonSchema schema -> {
                config.put("responseMimeType", "application/json");
                config.set("responseSchema", GeminiSchema.reduce(JsonValues.toNode(schema.schema())));
            }
        }
        thinking(config, request);
        return config;
    }

    private static void sampling(ObjectNode config, Sampling sampling) {
        if (sampling.temperature() != null) config.put("temperature", sampling.temperature());
        if (sampling.topP() != null) config.put("topP", sampling.topP());
        if (sampling.maxTokens() != null) config.put("maxOutputTokens", sampling.maxTokens());
        if (!sampling.stop().isEmpty()) sampling.stop().forEach(config.putArray("stopSequences")::add);
        if (sampling.seed() != null) {
            long seed = sampling.seed();
            if (seed < Integer.MIN_VALUE || seed > Integer.MAX_VALUE)
                throw GeminiContents.invalid("seed", "must fit in 32 bits for Gemini models");
            config.put("seed", (int) seed);
        }
        if (sampling.n() != null) config.put("candidateCount", sampling.n());
        if (sampling.presencePenalty() != null) config.put("presencePenalty", sampling.presencePenalty());
        if (sampling.frequencyPenalty() != null) config.put("frequencyPenalty", sampling.frequencyPenalty());
        GeminiLogprobs.request(config, sampling);
    }

    private static void thinking(ObjectNode config, ChatRequest request) {
        JsonValue explicit = request.extensions().get("thinking_config");
        if (explicit != null && !(explicit instanceof JsonValue.Null)) {
            if (!(explicit instanceof JsonValue.Obj))
                throw GeminiContents.invalid("thinking_config", "must be an object such as {\"thinkingBudget\":1024}");
            config.set("thinkingConfig", JsonValues.toNode(explicit));
            return;
        }
        ReasoningEffort effort = request.reasoningEffort();
        if (effort == null) return;
        int budget = budget(effort);
        ObjectNode thinking = config.putObject("thinkingConfig").put("thinkingBudget", budget);
        if (budget > 0) thinking.put("includeThoughts", true);
    }

    static int budget(ReasoningEffort effort) {
        return switch (effort) {
            case NONE -> 0;
            case MINIMAL -> 512;
            case LOW -> 1024;
            case MEDIUM -> 8192;
            case HIGH -> 24_576;
            case XHIGH -> 32_768;
        };
    }
}
