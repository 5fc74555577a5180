package dev.switchboard.adapters.providers.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ResponseFormat;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.openai.wire.JsonValues;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A domain chat request as a {@code POST /v1/messages} body: the conversation ({@link AnthropicMessages}),
 * {@code max_tokens} and thinking ({@link AnthropicThinking}), tools with {@code input_schema}, {@code tool_choice}
 * ({@code required} is {@code any}, a named function {@code tool}; {@code parallel_tool_calls: false} is
 * {@code disable_parallel_tool_use}), temperature, {@code top_p}, {@code stop_sequences} and {@code user} as
 * {@code metadata.user_id}. {@code response_format} becomes a forced tool named {@value #RESPONSE_TOOL} whose input is
 * the answer. Of the extensions, {@code thinking} and {@code top_k} are sent and {@code anthropic_beta} becomes a
 * header; the API refuses unknown fields, so other extensions, penalties, seed, logprobs and metadata tags are left
 * out. {@code n} above 1 and a temperature above 1 are refused, since the API cannot honour them.
 */
final class AnthropicMapper {

    static final String RESPONSE_TOOL = "json_response";

    /** The fields {@code POST /v1/messages/count_tokens} takes. */
    private static final Set<String> COUNTED =
            Set.of("model", "messages", "system", "tools", "tool_choice", "thinking");

    private static final Pattern BETA = Pattern.compile("[A-Za-z0-9._-]+");

    private AnthropicMapper() {}

    /** The Messages API body; {@code fallbackMaxTokens} applies when the client set no limit. */
    static ObjectNode body(ChatRequest request, int fallbackMaxTokens, boolean stream) {
        ObjectNode body = ProviderJson.object().put("model", request.model());
        var conversation = AnthropicMessages.map(request.messages());
        if (!conversation.system().isEmpty()) body.put("system", conversation.system());
        body.set("messages", conversation.messages());
        AnthropicThinking.apply(body, request, fallbackMaxTokens);
        tools(body, request);
        sampling(body, request.sampling());
        JsonValue topK = request.extensions().get("top_k");
        if (topK != null) body.set("top_k", JsonValues.toNode(topK));
        if (request.user() != null) body.putObject("metadata").put("user_id", request.user());
        if (stream) body.put("stream", true);
        return body;
    }

    /** The token counting body: the Messages body without what only generation takes. */
    static ObjectNode countBody(ChatRequest request, int fallbackMaxTokens) {
        ObjectNode body = body(request, fallbackMaxTokens, false);
        body.retain(COUNTED);
        return body;
    }

    /** Whether the answer comes as the input of the {@value #RESPONSE_TOOL} tool. */
    static boolean answersWithJson(ChatRequest request) {
        return request.responseFormat() != null && !(request.responseFormat() instanceof ResponseFormat.Text);
    }

    /** The {@code anthropic-beta} features the client asked for with {@code anthropic_beta}: text or a list. */
    static List<String> betas(ChatRequest request) {
        JsonValue betas = request.extensions().get("anthropic_beta");
        List<String> names = switch (betas) {
            case null -> List.of();
            case JsonValue.Null ignored -> List.of();
            case JsonValue.Str text ->
                Arrays.stream(text.value().split(",")).map(String::strip).toList();
            case JsonValue.Arr list ->
                list.items().stream()
                        .map(item -> item instanceof JsonValue.Str text
                                ? text.value().strip()
                                : "")
                        .toList();
            default -> List.of("");
        };
        if (names.stream().anyMatch(name -> !BETA.matcher(name).matches())) {
            throw AnthropicMessages.invalid("anthropic_beta", "must be beta feature names, as text or a list of text");
        }
        return names;
    }

    private static void tools(ObjectNode body, ChatRequest request) {
        boolean json = answersWithJson(request);
        if (request.tools().isEmpty() && !json) return;
        ArrayNode tools = body.putArray("tools");
        request.tools().forEach(tool -> tools.add(tool(tool.name(), tool.description(), tool.parameters())));
        if (request.responseFormat() instanceof ResponseFormat.JsonSchema schema) {
            String description = schema.description() != null ? schema.description() : "Answer with this tool.";
            tools.add(tool(RESPONSE_TOOL, description, schema.schema()));
        } else if (json) {
            tools.add(tool(RESPONSE_TOOL, "Answer with this tool: its input is the JSON object.", JsonValue.NULL));
        }
        ObjectNode choice = json ? jsonChoice(request) : choice(request.toolChoice());
        if (Boolean.FALSE.equals(request.parallelToolCalls()) && !"none".equals(type(choice))) {
            if (choice == null) choice = ProviderJson.object().put("type", "auto");
            choice.put("disable_parallel_tool_use", true);
        }
        if (choice != null) body.set("tool_choice", choice);
    }

    private static ObjectNode tool(String name, @Nullable String description, JsonValue parameters) {
        ObjectNode tool = ProviderJson.object().put("name", name);
        if (description != null) tool.put("description", description);
        JsonNode schema = JsonValues.toNode(parameters);
        ObjectNode inputSchema = schema instanceof ObjectNode object ? object : ProviderJson.object();
        // The API wants an object schema; OpenAI lets a function without parameters leave the schema out.
        if (!inputSchema.has("type")) inputSchema.put("type", "object");
        tool.set("input_schema", inputSchema);
        return tool;
    }

    /** The answer tool is forced, unless the client's own tools may be called: then some tool must be. */
    private static ObjectNode jsonChoice(ChatRequest request) {
        if (request.toolChoice() instanceof ToolChoice.Function named) {
            return ProviderJson.object().put("type", "tool").put("name", named.name());
        }
        if (!request.tools().isEmpty()) return ProviderJson.object().put("type", "any");
        return ProviderJson.object().put("type", "tool").put("name", RESPONSE_TOOL);
    }

    private static @Nullable ObjectNode choice(@Nullable ToolChoice choice) {
        return switch (choice) {
            case null -> null;
            case ToolChoice.Auto ignored -> ProviderJson.object().put("type", "auto");
            case ToolChoice.None ignored -> ProviderJson.object().put("type", "none");
            case ToolChoice.Required ignored -> ProviderJson.object().put("type", "any");
            case ToolChoice.Function named ->
                ProviderJson.object().put("type", "tool").put("name", named.name());
        };
    }

    private static @Nullable String type(@Nullable ObjectNode choice) {
        return choice == null ? null : choice.path("type").asText();
    }

    private static void sampling(ObjectNode body, Sampling sampling) {
        if (sampling.choices() > 1) throw AnthropicMessages.invalid("n", "must be 1: Anthropic models give one answer");
        if (sampling.temperature() != null) {
            if (sampling.temperature() > 1) {
                throw AnthropicMessages.invalid("temperature", "must be between 0 and 1 for Anthropic models");
            }
            body.put("temperature", sampling.temperature());
        }
        if (sampling.topP() != null) body.put("top_p", sampling.topP());
        if (!sampling.stop().isEmpty()) sampling.stop().forEach(body.putArray("stop_sequences")::add);
    }
}
