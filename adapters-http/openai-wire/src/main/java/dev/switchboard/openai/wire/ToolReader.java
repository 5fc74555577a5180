package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.switchboard.domain.chat.ResponseFormat;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.chat.ToolDefinition;
import dev.switchboard.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads what a chat request says about the answer's form: {@code tools}, {@code tool_choice}, {@code response_format}. */
final class ToolReader {

    private ToolReader() {}

    static List<ToolDefinition> tools(WireObject request) {
        ArrayNode array = request.optionalArray("tools");
        if (array == null) return List.of();
        var tools = new ArrayList<ToolDefinition>(array.size());
        for (int i = 0; i < array.size(); i++) {
            WireObject tool = WireObject.of(array.get(i), "tools[" + i + "]");
            if (!tool.requiredString("type").equals("function")) throw tool.invalid("type", "must be function");
            WireObject function = tool.requiredObject("function");
            String name = function.requiredString("name");
            String description = function.optionalString("description");
            // OpenAI: "Omitting parameters defines a function with an empty parameter list."
            JsonValue parameters = function.optionalJson("parameters");
            JsonValue schema = parameters == null ? JsonValue.emptyObject() : parameters;
            Boolean strict = function.optionalBool("strict");
            tools.add(WireObject.construct(
                    function.at("name"), () -> new ToolDefinition(name, description, schema, strict)));
        }
        return tools;
    }

    static @Nullable ToolChoice toolChoice(WireObject request) {
        JsonNode choice = request.get("tool_choice");
        if (choice == null) return null;
        if (choice.isTextual()) {
            return switch (choice.textValue()) {
                case "none" -> ToolChoice.NONE;
                case "auto" -> ToolChoice.AUTO;
                case "required" -> ToolChoice.REQUIRED;
                default ->
                    throw request.invalid("tool_choice", "must be none, auto, required or an object naming a function");
            };
        }
        WireObject object = WireObject.of(choice, "tool_choice");
        if (!object.requiredString("type").equals("function")) throw object.invalid("type", "must be function");
        String name = object.requiredObject("function").requiredString("name");
        return WireObject.construct("tool_choice.function.name", () -> new ToolChoice.Function(name));
    }

    static @Nullable ResponseFormat responseFormat(WireObject request) {
        WireObject format = request.optionalObject("response_format");
        if (format == null) return null;
        return switch (format.requiredString("type")) {
            case "text" -> ResponseFormat.TEXT;
            case "json_object" -> ResponseFormat.JSON_OBJECT;
            case "json_schema" -> jsonSchema(format.requiredObject("json_schema"));
            default -> throw format.invalid("type", "must be one of text, json_object, json_schema");
        };
    }

    private static ResponseFormat jsonSchema(WireObject schema) {
        String name = schema.requiredString("name");
        String description = schema.optionalString("description");
        JsonValue body = schema.optionalJson("schema");
        Boolean strict = schema.optionalBool("strict");
        return WireObject.construct(
                schema.at("name"),
                () -> new ResponseFormat.JsonSchema(
                        name, description, body == null ? JsonValue.emptyObject() : body, strict));
    }
}
