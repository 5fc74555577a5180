package dev.switchboard.adapters.providers.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.openai.wire.JsonValues;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Log probabilities. Asked for: {@code logprobs: true} is {@code generationConfig.responseLogprobs}, and
 * {@code top_logprobs} (when above 0) is {@code generationConfig.logprobs}. Answered: a candidate's
 * {@code logprobsResult} becomes OpenAI's {@code {"content": [...], "refusal": null}}, one entry per
 * {@code chosenCandidates} token ({@code token}, {@code logprob} from {@code logProbability}, {@code bytes} the
 * token's UTF-8 bytes) with the same step's {@code topCandidates} as {@code top_logprobs}. Google's JSON leaves out
 * fields at their default, so a missing {@code logProbability} is 0 (a certain token).
 */
final class GeminiLogprobs {

    private GeminiLogprobs() {}

    /** Adds the request's log probability switches to {@code generationConfig}. */
    static void request(ObjectNode config, Sampling sampling) {
        if (!Boolean.TRUE.equals(sampling.logprobs())) return;
        config.put("responseLogprobs", true);
        Integer top = sampling.topLogprobs();
        if (top != null && top > 0) config.put("logprobs", top);
    }

    /** The candidate's log probabilities in OpenAI's shape, or null when it has none. */
    static @Nullable JsonValue read(JsonNode candidate) {
        JsonNode result = candidate.path("logprobsResult");
        JsonNode chosen = result.path("chosenCandidates");
        if (!chosen.isArray() || chosen.isEmpty()) return null;
        JsonNode top = result.path("topCandidates");
        ObjectNode logprobs = ProviderJson.object();
        ArrayNode content = logprobs.putArray("content");
        for (int step = 0; step < chosen.size(); step++) {
            ObjectNode entry = token(chosen.get(step));
            ArrayNode alternatives = entry.putArray("top_logprobs");
            top.path(step).path("candidates").forEach(alternative -> alternatives.add(token(alternative)));
            content.add(entry);
        }
        logprobs.putNull("refusal");
        return JsonValues.fromNode(logprobs);
    }

    private static ObjectNode token(JsonNode candidate) {
        String token = candidate.path("token").asText("");
        ObjectNode entry = ProviderJson.object().put("token", token);
        JsonNode logprob = candidate.path("logProbability");
        if (logprob.isNumber()) entry.set("logprob", logprob);
        else entry.put("logprob", 0);
        ArrayNode bytes = entry.putArray("bytes");
        for (byte b : token.getBytes(StandardCharsets.UTF_8)) bytes.add(b & 0xff);
        return entry;
    }
}
