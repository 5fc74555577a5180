package dev.switchboard.adapters.providers.gemini;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.chat.ToolDefinition;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.openai.wire.JsonValues;
import org.jspecify.annotations.Nullable;

/**
 * A domain chat request as a {@code generateContent} body: the conversation ({@link GeminiContents}), the tools as
 * {@code functionDeclarations} with their schemas reduced to Gemini's subset ({@link GeminiSchema}; a function without
 * properties is declared without {@code parameters}, which the API refuses empty), {@code tool_choice} as
 * {@code toolConfig.functionCallingConfig} ({@code auto} AUTO, {@code none} NONE, {@code required} ANY, a named function
 * ANY with {@code allowedFunctionNames}), and {@code generationConfig} ({@link GeminiGeneration}). The extension
 * {@code safety_settings} is sent as {@code safetySettings}. Gemini has no switch for parallel calls, so
 * {@code parallel_tool_calls} is not sent; nor are {@code user} and the metadata tags.
 */
final class GeminiMapper {

    private GeminiMapper() {}

    static ObjectNode body(ChatRequest request) {
        ObjectNode body = ProviderJson.object();
        var conversation = GeminiContents.map(request.messages());
        if (!conversation.system().isEmpty())
            body.putObject("systemInstruction").set("parts", conversation.system());
        body.set("contents", conversation.contents());
        tools(body, request);
        ObjectNode generation = GeminiGeneration.config(request);
        if (!generation.isEmpty()) body.set("generationConfig", generation);
        JsonValue safety = request.extensions().get("safety_settings");
        if (safety != null && !(safety instanceof JsonValue.Null))
            body.set("safetySettings", JsonValues.toNode(safety));
        return body;
    }

    private static void tools(ObjectNode body, ChatRequest request) {
        if (request.tools().isEmpty()) return;
        ArrayNode declarations = body.putArray("tools").addObject().putArray("functionDeclarations");
        request.tools().forEach(tool -> declarations.add(declaration(tool)));
        ObjectNode config = functionCalling(request.toolChoice());
        if (config != null) body.putObject("toolConfig").set("functionCallingConfig", config);
    }

    private static ObjectNode declaration(ToolDefinition tool) {
        ObjectNode declaration = ProviderJson.object().put("name", tool.name());
        if (tool.description() != null) declaration.put("description", tool.description());
        ObjectNode parameters = GeminiSchema.reduce(JsonValues.toNode(tool.parameters()));
        if (!parameters.isEmpty() && !GeminiSchema.isEmptyObject(parameters)) declaration.set("parameters", parameters);
        return declaration;
    }

    private static @Nullable ObjectNode functionCalling(@Nullable ToolChoice choice) {
        return switch (choice) {
            case null -> null;
            case ToolChoice.Auto ignored -> ProviderJson.object().put("mode", "AUTO");
            case ToolChoice.None ignored -> ProviderJson.object().put("mode", "NONE");
            case ToolChoice.Required ignored -> ProviderJson.object().put("mode", "ANY");
            case ToolChoice.Function named -> {
                ObjectNode config = ProviderJson.object().put("mode", "ANY");
                config.putArray("allowedFunctionNames").add(named.name());
                yield config;
            }
        };
    }
}
