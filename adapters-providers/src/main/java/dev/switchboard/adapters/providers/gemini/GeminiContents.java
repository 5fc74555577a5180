package dev.switchboard.adapters.providers.gemini;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ReasoningBlock;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An OpenAI conversation as Gemini's {@code systemInstruction} and {@code contents}. System and developer messages,
 * wherever they stand, become the parts of {@code systemInstruction}. User turns keep the role {@code user}, assistant
 * turns become {@code model}, and consecutive turns of one role are merged into one. Assistant tool calls become
 * {@code functionCall} parts, whose {@code args} are the parsed arguments. Tool messages become {@code functionResponse}
 * parts of a user turn, named after the call whose id they answer (Gemini matches results to calls by name and order,
 * and gives calls no id, so none is sent). A result that is a JSON object is the {@code response}; anything else is
 * wrapped as {@code {"result": ...}}, since the API takes only objects. The thought signatures a client sends back in
 * {@code thinking_blocks} are put back where Gemini put them: on the turn's function calls in order, else on its last
 * part. Thought text itself is not sent back.
 */
final class GeminiContents {

    /** The system instruction's parts (empty when none) and the turns. */
    record Conversation(ArrayNode system, ArrayNode contents) {}

    private GeminiContents() {}

    static Conversation map(List<Message> messages) {
        ArrayNode system = ProviderJson.MAPPER.createArrayNode();
        ArrayNode contents = ProviderJson.MAPPER.createArrayNode();
        Map<String, String> names = callNames(messages);
        for (int i = 0; i < messages.size(); i++) {
            switch (messages.get(i)) {
                case Message.SystemMessage m -> text(system, m.text());
                case Message.DeveloperMessage m -> text(system, m.text());
                case Message.UserMessage m -> add(contents, "user", GeminiParts.user(m.content(), i));
                case Message.AssistantMessage m -> add(contents, "model", assistant(m, i));
                case Message.ToolMessage m -> add(contents, "user", List.of(response(m, names, i)));
            }
        }
        if (contents.isEmpty()) throw invalid("messages", "must hold a user or assistant message");
        return new Conversation(system, contents);
    }

    private static void text(ArrayNode parts, String text) {
        if (!text.isEmpty()) parts.addObject().put("text", text);
    }

    /** Adds the parts to the last turn when it has the same role, else as a new turn; no parts add nothing. */
    private static void add(ArrayNode contents, String role, List<ObjectNode> parts) {
        if (parts.isEmpty()) return;
        JsonNode last = contents.isEmpty() ? null : contents.get(contents.size() - 1);
        ArrayNode target = last != null && last.path("role").asText().equals(role)
                ? (ArrayNode) last.get("parts")
                : contents.addObject().put("role", role).putArray("parts");
        parts.forEach(target::add);
    }

    private static List<ObjectNode> assistant(Message.AssistantMessage message, int i) {
        var parts = new ArrayList<ObjectNode>();
        if (message.content() != null && !message.content().isEmpty())
            parts.add(ProviderJson.object().put("text", message.content()));
        var calls = new ArrayList<ObjectNode>();
        for (int j = 0; j < message.toolCalls().size(); j++) {
            ToolCall call = message.toolCalls().get(j);
            ObjectNode part = ProviderJson.object();
            ObjectNode function = part.putObject("functionCall").put("name", call.name());
            function.set(
                    "args",
                    arguments(call.arguments(), "messages[" + i + "].tool_calls[" + j + "].function.arguments"));
            calls.add(part);
        }
        parts.addAll(calls);
        var signatures = new ArrayDeque<String>();
        for (ReasoningBlock block : message.reasoningBlocks()) {
            if (block instanceof ReasoningBlock.Thinking thinking && thinking.signature() != null)
                signatures.add(thinking.signature());
        }
        for (ObjectNode call : calls) {
            if (!signatures.isEmpty()) call.put("thoughtSignature", signatures.removeFirst());
        }
        if (!signatures.isEmpty() && !parts.isEmpty()) parts.getLast().put("thoughtSignature", signatures.getLast());
        return parts;
    }

    private static ObjectNode response(Message.ToolMessage message, Map<String, String> names, int i) {
        String name = names.get(message.toolCallId());
        if (name == null) {
            throw invalid(
                    "messages[" + i + "].tool_call_id",
                    "must be the id of a tool call an earlier assistant message made");
        }
        ObjectNode part = ProviderJson.object();
        ObjectNode response = part.putObject("functionResponse").put("name", name);
        JsonNode result = parsed(message.text());
        if (result instanceof ObjectNode object) {
            response.set("response", object);
        } else {
            JsonNode value = result != null
                    ? result
                    : ProviderJson.MAPPER.getNodeFactory().textNode(message.text());
            response.putObject("response").set("result", value);
        }
        return part;
    }

    /** Each tool call's name by its id, from every assistant message of the conversation. */
    private static Map<String, String> callNames(List<Message> messages) {
        var names = new HashMap<String, String>();
        for (Message message : messages) {
            if (message instanceof Message.AssistantMessage assistant)
                assistant.toolCalls().forEach(call -> names.put(call.id(), call.name()));
        }
        return names;
    }

    /** OpenAI sends arguments as JSON text; Gemini wants the object itself. */
    private static JsonNode arguments(String arguments, String param) {
        if (arguments.isBlank()) return ProviderJson.object();
        JsonNode args = parsed(arguments);
        if (args != null && args.isObject()) return args;
        throw invalid(param, "must be a JSON object, as text");
    }

    private static @Nullable JsonNode parsed(String text) {
        try {
            // Strict: "21 and sunny" is text, not the number 21 followed by words.
            JsonNode node = ProviderJson.MAPPER
                    .reader()
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(text);
            return node == null || node.isMissingNode() ? null : node;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static ProviderException invalid(String param, String problem) {
        return new ProviderException(new ProviderFailure.InvalidRequest(param + " " + problem, param));
    }
}
