package dev.switchboard.openai.wire;

import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ReasoningEffort;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code POST /chat/completions} body, strictly: every field of OpenAI's schema is checked for its type and
 * range, and every error names the field ({@code messages[2].role}). Fields outside the schema are kept as
 * {@linkplain ChatRequest#extensions() extensions} for providers that understand them. The legacy {@code functions}
 * and {@code function_call} are refused with a pointer to {@code tools}: mapping them would answer with
 * {@code tool_calls}, which clients of the legacy API do not read.
 */
public final class ChatRequestReader {

    private static final Set<String> OWN_FIELDS = Set.of(
            "model",
            "messages",
            "tools",
            "tool_choice",
            "parallel_tool_calls",
            "response_format",
            "reasoning_effort",
            "user",
            "metadata",
            "stream",
            "stream_options",
            "logprobs",
            "top_logprobs");
    private static final Set<String> KNOWN =
            Stream.concat(OWN_FIELDS.stream(), SamplingReader.FIELDS.stream()).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> PARAMS = Set.of("model", "messages", "tool_choice");
    private static final String EFFORTS =
            Arrays.stream(ReasoningEffort.values()).map(ReasoningEffort::wire).collect(Collectors.joining(", "));

    private ChatRequestReader() {}

    /**
     * Reads a chat completion request body.
     *
     * @throws WireFormatException when the body is not JSON or does not follow the schema; its message and param name
     *     the field
     */
    public static ChatCall read(byte[] body) {
        WireObject request = new WireObject(WireJson.parseObject(body, "request body"), "");
        refuseLegacyFunctions(request);
        String model = request.requiredString("model");
        var builder = ChatRequest.builder(model)
                .messages(MessageReader.read(request))
                .sampling(SamplingReader.chat(request))
                .tools(ToolReader.tools(request))
                .toolChoice(ToolReader.toolChoice(request))
                .parallelToolCalls(request.optionalBool("parallel_tool_calls"))
                .responseFormat(ToolReader.responseFormat(request))
                .reasoningEffort(reasoningEffort(request))
                .user(request.optionalString("user"))
                .metadata(metadata(request));
        request.unknownFields(KNOWN).forEach(builder::extension);
        ChatRequest chat = WireObject.construct(PARAMS, builder::build);
        boolean stream = Boolean.TRUE.equals(request.optionalBool("stream"));
        return new ChatCall(chat, stream, stream && includeUsage(request));
    }

    static boolean includeUsage(WireObject request) {
        WireObject options = request.optionalObject("stream_options");
        return options != null && Boolean.TRUE.equals(options.optionalBool("include_usage"));
    }

    private static void refuseLegacyFunctions(WireObject request) {
        if (request.has("functions")) throw request.invalid("functions", "is deprecated and not supported; use tools");
        if (request.has("function_call")) {
            throw request.invalid("function_call", "is deprecated and not supported; use tool_choice");
        }
    }

    private static @Nullable ReasoningEffort reasoningEffort(WireObject request) {
        String effort = request.optionalString("reasoning_effort");
        if (effort == null) return null;
        return ReasoningEffort.fromWire(effort)
                .orElseThrow(() -> request.invalid("reasoning_effort", "must be one of " + EFFORTS));
    }

    private static Map<String, String> metadata(WireObject request) {
        WireObject metadata = request.optionalObject("metadata");
        if (metadata == null) return Map.of();
        var tags = new LinkedHashMap<String, String>();
        metadata.node()
                .properties()
                .forEach(field -> tags.put(field.getKey(), metadata.requiredString(field.getKey())));
        return tags;
    }
}
