package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.switchboard.domain.chat.Sampling;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads the sampling parameters that chat and legacy completion requests share. */
final class SamplingReader {

    /** The request fields this reader consumes, besides the chat-only {@code logprobs} and {@code top_logprobs}. */
    static final Set<String> FIELDS = Set.of(
            "temperature",
            "top_p",
            "max_tokens",
            "max_completion_tokens",
            "presence_penalty",
            "frequency_penalty",
            "stop",
            "seed",
            "n");

    private static final Set<String> PARAMS = Set.of(
            "temperature", "top_p", "max_tokens", "presence_penalty", "frequency_penalty", "stop", "n", "top_logprobs");

    private SamplingReader() {}

    static Sampling chat(WireObject request) {
        return read(request, request.optionalBool("logprobs"), request.optionalInt("top_logprobs"));
    }

    static Sampling completion(WireObject request) {
        return read(request, null, null);
    }

    private static Sampling read(WireObject request, @Nullable Boolean logprobs, @Nullable Integer topLogprobs) {
        Double temperature = request.optionalNumber("temperature");
        Double topP = request.optionalNumber("top_p");
        Integer maxTokens = maxTokens(request);
        Double presencePenalty = request.optionalNumber("presence_penalty");
        Double frequencyPenalty = request.optionalNumber("frequency_penalty");
        List<String> stop = stop(request);
        Long seed = request.optionalLong("seed");
        Integer n = request.optionalInt("n");
        return WireObject.construct(
                PARAMS,
                () -> new Sampling(
                        temperature,
                        topP,
                        maxTokens,
                        presencePenalty,
                        frequencyPenalty,
                        stop,
                        seed,
                        n,
                        logprobs,
                        topLogprobs));
    }

    /** {@code max_completion_tokens}, the current name, wins over the older {@code max_tokens}. */
    private static @Nullable Integer maxTokens(WireObject request) {
        String field = request.has("max_completion_tokens") ? "max_completion_tokens" : "max_tokens";
        Integer value = request.optionalInt(field);
        if (field.equals("max_completion_tokens")) request.optionalInt("max_tokens");
        if (value != null && value < 1) throw request.invalid(field, "must be at least 1");
        return value;
    }

    private static List<String> stop(WireObject request) {
        JsonNode stop = request.get("stop");
        if (stop == null) return List.of();
        if (stop.isTextual()) return List.of(stop.textValue());
        if (!(stop instanceof ArrayNode array))
            throw request.invalid("stop", "must be a string or an array of strings");
        var sequences = new ArrayList<String>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual()) throw request.invalid("stop[" + i + "]", "must be a string");
            sequences.add(array.get(i).textValue());
        }
        return sequences;
    }
}
