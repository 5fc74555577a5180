package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.switchboard.domain.completion.CompletionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a legacy {@code POST /completions} body with the same strictness as {@link ChatRequestReader}. The prompt is
 * a string or an array of strings; token-array prompts are refused. Fields outside the schema become extensions.
 */
public final class CompletionRequestReader {

    private static final Set<String> KNOWN = Stream.concat(
                    Stream.of("model", "prompt", "logprobs", "echo", "suffix", "user", "stream", "stream_options"),
                    SamplingReader.FIELDS.stream())
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> PARAMS = Set.of("model", "prompt", "logprobs");

    private CompletionRequestReader() {}

    /**
     * Reads a legacy completion request body.
     *
     * @throws WireFormatException when the body is not JSON or does not follow the schema
     */
    public static CompletionCall read(byte[] body) {
        WireObject request = new WireObject(WireJson.parseObject(body, "request body"), "");
        String model = request.requiredString("model");
        List<String> prompts = prompts(request);
        var sampling = SamplingReader.completion(request);
        Integer logprobs = request.optionalInt("logprobs");
        Boolean echo = request.optionalBool("echo");
        String suffix = request.optionalString("suffix");
        String user = request.optionalString("user");
        var extensions = request.unknownFields(KNOWN);
        CompletionRequest completion = WireObject.construct(
                PARAMS,
                () -> new CompletionRequest(model, prompts, sampling, logprobs, echo, suffix, user, extensions));
        boolean stream = Boolean.TRUE.equals(request.optionalBool("stream"));
        return new CompletionCall(completion, stream, stream && ChatRequestReader.includeUsage(request));
    }

    private static List<String> prompts(WireObject request) {
        JsonNode prompt = request.get("prompt");
        if (prompt == null) throw request.invalid("prompt", "is required");
        if (prompt.isTextual()) return List.of(prompt.textValue());
        if (!(prompt instanceof ArrayNode array)) {
            throw request.invalid("prompt", "must be a string or an array of strings");
        }
        var prompts = new ArrayList<String>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual()) throw request.invalid("prompt[" + i + "]", "must be a string");
            prompts.add(array.get(i).textValue());
        }
        return prompts;
    }
}
