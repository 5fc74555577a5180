package dev.switchboard.openai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.chat.Choice;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.normalize.FinishReasons;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads an OpenAI {@code chat.completion} answer into the domain, for the OpenAI-family provider adapters. Fields it
 * does not know are ignored (servers add their own); a missing id, {@code created} or usage is left for the
 * normalizer to fill. Reasoning is read from {@code reasoning_content} or, as some servers name it, {@code reasoning}.
 */
public final class ChatResponseReader {

    private ChatResponseReader() {}

    /**
     * Reads a chat completion.
     *
     * @throws WireFormatException when the body is not JSON or a known field has the wrong type
     */
    public static ChatResponse read(byte[] body) {
        WireObject response = new WireObject(WireJson.parseObject(body, "response body"), "");
        ArrayNode array = response.requiredArray("choices");
        var choices = new ArrayList<Choice>(array.size());
        for (int i = 0; i < array.size(); i++)
            choices.add(choice(WireObject.of(array.get(i), "choices[" + i + "]"), i));
        Long created = response.optionalLong("created");
        String id = response.optionalString("id");
        return new ChatResponse(
                id == null ? "" : id,
                created == null ? 0 : created,
                model(response),
                choices,
                usage(response),
                response.optionalString("system_fingerprint"));
    }

    static String model(WireObject response) {
        String model = response.optionalString("model");
        return model == null ? "" : model;
    }

    private static Choice choice(WireObject choice, int position) {
        Integer index = choice.optionalInt("index");
        WireObject message = choice.requiredObject("message");
        var answer = new Message.AssistantMessage(
                message.optionalString("content"),
                message.optionalString("refusal"),
                toolCalls(message),
                reasoning(message),
                null,
                ThinkingBlocks.read(message));
        var reason = FinishReasons.fromUpstream(choice.optionalString("finish_reason"));
        return WireObject.construct(
                choice.path(),
                () -> new Choice(index == null ? position : index, answer, reason, choice.optionalJson("logprobs")));
    }

    static @Nullable String reasoning(WireObject message) {
        String content = message.optionalString("reasoning_content");
        return content != null ? content : message.optionalString("reasoning");
    }

    private static List<ToolCall> toolCalls(WireObject message) {
        ArrayNode array = message.optionalArray("tool_calls");
        if (array == null) return List.of();
        var calls = new ArrayList<ToolCall>(array.size());
        for (int i = 0; i < array.size(); i++) {
            WireObject call = WireObject.of(array.get(i), message.at("tool_calls[" + i + "]"));
            WireObject function = call.requiredObject("function");
            String id = call.requiredString("id");
            String name = function.requiredString("name");
            String arguments = function.optionalString("arguments");
            calls.add(WireObject.construct(
                    call.path(), () -> new ToolCall(id, name, arguments == null ? "" : arguments)));
        }
        return calls;
    }

    /** The {@code usage} object; {@link Usage#ZERO} when the server reported none. */
    static Usage usage(WireObject response) {
        WireObject usage = response.optionalObject("usage");
        if (usage == null) return Usage.ZERO;
        WireObject prompt = usage.optionalObject("prompt_tokens_details");
        WireObject completion = usage.optionalObject("completion_tokens_details");
        return WireObject.construct(
                usage.path(),
                () -> new Usage(
                        count(usage, "prompt_tokens"),
                        count(usage, "completion_tokens"),
                        prompt == null ? 0 : count(prompt, "cached_tokens"),
                        completion == null ? 0 : count(completion, "reasoning_tokens"),
                        false));
    }

    private static int count(WireObject object, String field) {
        Integer value = object.optionalInt(field);
        return value == null ? 0 : value;
    }
}
