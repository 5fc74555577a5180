package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ResponseFormat;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.chat.ToolDefinition;

/**
 * Writes a domain {@link ChatRequest} as an OpenAI {@code POST /chat/completions} body, for the OpenAI-family provider
 * adapters: only what the request sets, extensions last and verbatim. The tree is returned so that a dialect can
 * rename or drop a field its server does not know; {@code max_completion_tokens} is the name written for the limit.
 */
public final class ChatRequestWriter {

    private ChatRequestWriter() {}

    /**
     * The request body. A streaming request also asks for the usage-only chunk, so that usage is always known.
     *
     * @param stream whether to ask for server-sent events
     */
    public static ObjectNode toNode(ChatRequest request, boolean stream) {
        ObjectNode node = WireJson.object().put("model", request.model());
        ArrayNode messages = node.putArray("messages");
        request.messages().forEach(message -> messages.add(MessageWriter.write(message)));
        sampling(node, request.sampling());
        if (!request.tools().isEmpty()) {
            ArrayNode tools = node.putArray("tools");
            request.tools().forEach(tool -> tools.add(tool(tool)));
        }
        if (request.toolChoice() != null) toolChoice(node, request.toolChoice());
        if (request.parallelToolCalls() != null) node.put("parallel_tool_calls", request.parallelToolCalls());
        if (request.responseFormat() != null) node.set("response_format", responseFormat(request.responseFormat()));
        if (request.reasoningEffort() != null)
            node.put("reasoning_effort", request.reasoningEffort().wire());
        if (request.user() != null) node.put("user", request.user());
        if (!request.metadata().isEmpty()) {
            ObjectNode metadata = node.putObject("metadata");
            request.metadata().forEach(metadata::put);
        }
        if (stream) {
            node.put("stream", true);
            node.putObject("stream_options").put("include_usage", true);
        }
        request.extensions().forEach((name, value) -> node.set(name, JsonValues.toNode(value)));
        return node;
    }

    /** The request body as UTF-8 JSON. */
    public static byte[] write(ChatRequest request, boolean stream) {
        return WireJson.bytes(toNode(request, stream));
    }

    /** The sampling fields both chat and legacy completion requests carry, when set. */
    static void sampling(ObjectNode node, Sampling sampling) {
        if (sampling.temperature() != null) node.put("temperature", sampling.temperature());
        if (sampling.topP() != null) node.put("top_p", sampling.topP());
        if (sampling.maxTokens() != null) node.put("max_completion_tokens", sampling.maxTokens());
        if (sampling.presencePenalty() != null) node.put("presence_penalty", sampling.presencePenalty());
        if (sampling.frequencyPenalty() != null) node.put("frequency_penalty", sampling.frequencyPenalty());
        if (sampling.stop().size() == 1) node.put("stop", sampling.stop().getFirst());
        if (sampling.stop().size() > 1) sampling.stop().forEach(node.withArray("stop")::add);
        if (sampling.seed() != null) node.put("seed", sampling.seed());
        if (sampling.n() != null) node.put("n", sampling.n());
        if (sampling.logprobs() != null) node.put("logprobs", sampling.logprobs());
        if (sampling.topLogprobs() != null) node.put("top_logprobs", sampling.topLogprobs());
    }

    private static ObjectNode tool(ToolDefinition tool) {
        ObjectNode node = WireJson.object().put("type", "function");
        ObjectNode function = node.putObject("function").put("name", tool.name());
        if (tool.description() != null) function.put("description", tool.description());
        function.set("parameters", JsonValues.toNode(tool.parameters()));
        if (tool.strict() != null) function.put("strict", tool.strict());
        return node;
    }

    private static void toolChoice(ObjectNode node, ToolChoice choice) {
        switch (choice) {
            case ToolChoice.Auto ignored -> node.put("tool_choice", "auto");
            case ToolChoice.None ignored -> node.put("tool_choice", "none");
            case ToolChoice.Required ignored -> node.put("tool_choice", "required");
            case ToolChoice.Function function -> {
                ObjectNode named = node.putObject("tool_choice").put("type", "function");
                named.putObject("function").put("name", function.name());
            }
        }
    }

    private static ObjectNode responseFormat(ResponseFormat format) {
        return switch (format) {
            case ResponseFormat.Text ignored -> WireJson.object().put("type", "text");
            case ResponseFormat.JsonObject ignored -> WireJson.object().put("type", "json_object");
            case ResponseFormat.JsonSchema schema -> {
                ObjectNode node = WireJson.object().put("type", "json_schema");
                ObjectNode body = node.putObject("json_schema").put("name", schema.name());
                if (schema.description() != null) body.put("description", schema.description());
                body.set("schema", JsonValues.toNode(schema.schema()));
                if (schema.strict() != null) body.put("strict", schema.strict());
                yield node;
            }
        };
    }
}
