package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.completion.CompletionResponse;
import dev.switchboard.domain.normalize.FinishReasons;
import java.util.ArrayList;

/**
 * The provider side of legacy completions: the request an OpenAI-family server receives and the answer it sends.
 * Stream chunks are read by {@link ChunkReader}.
 */
public final class CompletionCodec {

    private CompletionCodec() {}

    /** The upstream request body; a streaming one also asks for the usage-only chunk. */
    public static ObjectNode toNode(CompletionRequest request, boolean stream) {
        ObjectNode node = WireJson.object().put("model", request.model());
        if (request.prompts().size() == 1) node.put("prompt", request.prompts().getFirst());
        else request.prompts().forEach(node.putArray("prompt")::add);
        ChatRequestWriter.sampling(node, request.sampling());
        if (node.has("max_completion_tokens")) node.set("max_tokens", node.remove("max_completion_tokens"));
        if (request.logprobs() != null) node.put("logprobs", request.logprobs());
        if (request.echo() != null) node.put("echo", request.echo());
        if (request.suffix() != null) node.put("suffix", request.suffix());
        if (request.user() != null) node.put("user", request.user());
        if (stream) {
            node.put("stream", true);
            node.putObject("stream_options").put("include_usage", true);
        }
        request.extensions().forEach((name, value) -> node.set(name, JsonValues.toNode(value)));
        return node;
    }

    /**
     * Reads a {@code text_completion} answer.
     *
     * @throws WireFormatException when the body is not JSON or a known field has the wrong type
     */
    public static CompletionResponse read(byte[] body) {
        WireObject response = new WireObject(WireJson.parseObject(body, "response body"), "");
        ArrayNode array = response.requiredArray("choices");
        var choices = new ArrayList<CompletionResponse.Choice>(array.size());
        for (int i = 0; i < array.size(); i++) {
            WireObject choice = WireObject.of(array.get(i), "choices[" + i + "]");
            Integer index = choice.optionalInt("index");
            String text = choice.optionalString("text");
            choices.add(new CompletionResponse.Choice(
                    index == null ? i : index,
                    text == null ? "" : text,
                    FinishReasons.fromUpstream(choice.optionalString("finish_reason")),
                    choice.optionalJson("logprobs")));
        }
        String id = response.optionalString("id");
        Long created = response.optionalLong("created");
        return new CompletionResponse(
                id == null ? "" : id,
                created == null ? 0 : created,
                ChatResponseReader.model(response),
                choices,
                ChatResponseReader.usage(response));
    }
}
