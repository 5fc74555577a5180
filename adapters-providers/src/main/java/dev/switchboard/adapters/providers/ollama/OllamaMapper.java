package dev.switchboard.adapters.providers.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ReasoningEffort;
import dev.switchboard.domain.chat.ResponseFormat;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.chat.ToolDefinition;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.embedding.EmbeddingInput;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.openai.wire.JsonValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Domain requests as native API bodies (<a href="https://github.com/ollama/ollama/blob/main/docs/api.md">API</a>).
 * Sampling goes in {@code options}: {@code temperature}, {@code top_p}, {@code seed}, {@code stop}, the penalties,
 * {@code num_predict} from {@code max_tokens}, and {@code num_ctx} from the configuration, as does {@code keep_alive}.
 * {@code response_format} is {@code format}: {@code "json"} for a JSON object, the schema itself for a JSON schema.
 * {@code reasoning_effort} is {@code think}: {@code none} is {@code false}, any other effort {@code true}, or the level
 * ({@code low}, {@code medium}, {@code high}) for gpt-oss models, the only ones that take levels; a {@code think}
 * extension is sent as given. Ollama has no {@code tool_choice}: {@code none} sends no tools, a named function sends
 * only that one. {@code stream} is always sent, since Ollama streams unless told not to.
 */
final class OllamaMapper {

    private OllamaMapper() {}

    static ObjectNode chat(ChatRequest request, OllamaSettings settings, boolean stream) {
        ObjectNode body = ProviderJson.object().put("model", request.model());
        body.set("messages", OllamaMessages.map(request.messages()));
        tools(body, request);
        switch (request.responseFormat()) {
            case null -> {}
            case ResponseFormat.Text ignored -> {}
            case ResponseFormat.JsonObject ignored -> body.put("format", "json");
            case ResponseFormat.JsonSchema schema -> body.set("format", JsonValues.toNode(schema.schema()));
        }
        options(body, request.sampling(), request.extensions().get("top_k"), settings);
        JsonNode think = think(request);
        if (think != null) body.set("think", think);
        settings.keepAlive(body);
        return body.put("stream", stream);
    }

    static ObjectNode generate(CompletionRequest request, OllamaSettings settings, boolean stream) {
        if (request.prompts().size() > 1) {
            throw OllamaMessages.invalid("prompt", "must be one prompt: Ollama completes one prompt per request");
        }
        if (Boolean.TRUE.equals(request.echo())) throw OllamaMessages.invalid("echo", "is not offered by Ollama");
        ObjectNode body = ProviderJson.object()
                .put("model", request.model())
                .put("prompt", request.prompts().getFirst());
        if (request.suffix() != null) body.put("suffix", request.suffix());
        options(body, request.sampling(), request.extensions().get("top_k"), settings);
        settings.keepAlive(body);
        return body.put("stream", stream);
    }

    static ObjectNode embed(EmbeddingRequest request, OllamaSettings settings) {
        if (!(request.input() instanceof EmbeddingInput.Texts(List<String> texts))) {
            throw OllamaMessages.invalid("input", "must be text: Ollama does not embed token arrays");
        }
        ObjectNode body = ProviderJson.object().put("model", request.model());
        ArrayNode input = body.putArray("input");
        texts.forEach(input::add);
        if (request.dimensions() != null) body.put("dimensions", request.dimensions());
        if (settings.numCtx() != null) body.putObject("options").put("num_ctx", settings.numCtx());
        settings.keepAlive(body);
        return body;
    }

    private static void tools(ObjectNode body, ChatRequest request) {
        List<ToolDefinition> offered = switch (request.toolChoice()) {
            case null -> request.tools();
            case ToolChoice.None ignored -> List.of();
            case ToolChoice.Auto ignored -> request.tools();
            case ToolChoice.Required ignored -> request.tools();
            case ToolChoice.Function named ->
                request.tools().stream()
                        .filter(tool -> tool.name().equals(named.name()))
                        .toList();
        };
        if (offered.isEmpty()) return;
        ArrayNode tools = body.putArray("tools");
        for (ToolDefinition tool : offered) {
            ObjectNode function = ProviderJson.object().put("name", tool.name());
            if (tool.description() != null) function.put("description", tool.description());
            JsonNode parameters = JsonValues.toNode(tool.parameters());
            function.set(
                    "parameters",
                    parameters.isObject() ? parameters : ProviderJson.object().put("type", "object"));
            tools.addObject().put("type", "function").set("function", function);
        }
    }

    private static void options(ObjectNode body, Sampling sampling, @Nullable JsonValue topK, OllamaSettings settings) {
        if (sampling.choices() > 1) throw OllamaMessages.invalid("n", "must be 1: Ollama gives one answer");
        ObjectNode options = ProviderJson.object();
        if (sampling.temperature() != null) options.put("temperature", sampling.temperature());
        if (sampling.topP() != null) options.put("top_p", sampling.topP());
        if (topK != null && !(topK instanceof JsonValue.Null)) options.set("top_k", JsonValues.toNode(topK));
        if (sampling.seed() != null) options.put("seed", sampling.seed());
        if (sampling.presencePenalty() != null) options.put("presence_penalty", sampling.presencePenalty());
        if (sampling.frequencyPenalty() != null) options.put("frequency_penalty", sampling.frequencyPenalty());
        if (!sampling.stop().isEmpty()) sampling.stop().forEach(options.putArray("stop")::add);
        if (sampling.maxTokens() != null) options.put("num_predict", sampling.maxTokens());
        if (settings.numCtx() != null) options.put("num_ctx", settings.numCtx());
        if (!options.isEmpty()) body.set("options", options);
    }

    private static @Nullable JsonNode think(ChatRequest request) {
        JsonValue asked = request.extensions().get("think");
        if (asked != null && !(asked instanceof JsonValue.Null)) return JsonValues.toNode(asked);
        ReasoningEffort effort = request.reasoningEffort();
        if (effort == null) return null;
        if (effort == ReasoningEffort.NONE) return BooleanNode.FALSE;
        if (!request.model().startsWith("gpt-oss")) return BooleanNode.TRUE;
        return TextNode.valueOf(
                switch (effort) {
                    case NONE, MINIMAL, LOW -> "low";
                    case MEDIUM -> "medium";
                    case HIGH, XHIGH -> "high";
                });
    }
}
