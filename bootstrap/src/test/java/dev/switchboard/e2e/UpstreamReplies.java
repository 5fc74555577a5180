package dev.switchboard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the stub answers each operation, in the format the family's server documents (shared/provider-formats). The
 * model a request names picks a failure: {@link #RATE_LIMITED}, {@link #TOO_LONG} and {@link #BREAKS_MID_STREAM}.
 */
final class UpstreamReplies {

    /** One answer: a whole body, or server-sent events written and flushed one by one. */
    record Reply(int status, String contentType, Map<String, String> headers, String body, List<String> events) {}

    static final String RATE_LIMITED = "rate-limited";
    static final String TOO_LONG = "too-long";
    static final String BREAKS_MID_STREAM = "breaks-mid-stream";
    static final String RETRY_AFTER_SECONDS = "7";

    static final String COMPLETION_TEXT = "\n\nThis is indeed a test";
    static final List<String> COMPLETION_PIECES = List.of("\n\nThis", " is", " indeed", " a test");
    /** Three floats and their base64 as little-endian float32, from OpenAI's reference. */
    static final float[] EMBEDDING = {0.0023064255f, -0.009327292f, -0.0028842222f};

    static final String EMBEDDING_BASE64 = "ZicXO4DRGLw4BT27";
    static final String TRANSCRIPT = "Imagine the wildest idea that you've ever had, and you're curious about it.";
    /** The audio file's content: a WAV header's first bytes, enough for the stub to find it in the form. */
    static final String AUDIO = "RIFF$\0\0\0WAVEfmt e2e-audio";

    private static final String JSON = "application/json";

    private UpstreamReplies() {}

    static Reply answer(UpstreamStub.Call call) {
        Family family = call.family();
        JsonNode body = call.json();
        String model = body.path("model").asText("");
        boolean stream = body.path("stream").asBoolean(false);
        return switch (call.operation()) {
            case "models" -> json(models(family));
            case "chat/completions" -> chat(family, model, body, stream);
            case "completions" -> stream ? events(completionStream(model)) : json(completion(model));
            case "embeddings" ->
                json(embeddings(model, body.path("encoding_format").asText("float")));
            case "audio/transcriptions" -> transcription(call);
            default -> error(404, "stub: no such operation " + call.operation());
        };
    }

    private static Reply chat(Family family, String model, JsonNode body, boolean stream) {
        return switch (model) {
            case RATE_LIMITED -> rateLimited(family);
            case TOO_LONG -> contextTooLong(family);
            case BREAKS_MID_STREAM -> events(ChatReplies.brokenStream(family, model));
            default -> {
                if (!stream) yield json(ChatReplies.completion(family, model));
                yield events(
                        body.has("tools")
                                ? ChatReplies.toolStream(family, model)
                                : ChatReplies.textStream(family, model));
            }
        };
    }

    private static String models(Family family) {
        String owner = family == Family.CEREBRAS ? "Cerebras" : "system";
        return family.listedModels().stream()
                .map(id -> "{\"id\":\"%s\",\"object\":\"model\",\"created\":1686935002,\"owned_by\":\"%s\"}"
                        .formatted(id, owner))
                .collect(Collectors.joining(",", "{\"object\":\"list\",\"data\":[", "]}"));
    }

    private static String completion(String model) {
        return """
                {"id":"cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7","object":"text_completion","created":1589478378,"model":"%s",\
                "system_fingerprint":"fp_44709d6fcb","choices":[{"text":%s,"index":0,"logprobs":null,\
                "finish_reason":"length"}],"usage":{"prompt_tokens":5,"completion_tokens":7,"total_tokens":12}}""".formatted(model, ChatReplies.quote(COMPLETION_TEXT));
    }

    private static List<String> completionStream(String model) {
        String chunk = "{\"id\":\"cmpl-7iA7iJjj8V2zOkCGvWF2hAkDWBQZe\",\"object\":\"text_completion\","
                + "\"created\":1690759702,\"choices\":%s,\"model\":\"" + model + "\"%s}";
        String choice = "[{\"text\":%s,\"index\":0,\"logprobs\":null,\"finish_reason\":%s}]";
        var events = new java.util.ArrayList<String>();
        for (String piece : COMPLETION_PIECES) {
            events.add(chunk.formatted(choice.formatted(ChatReplies.quote(piece), "null"), ""));
        }
        events.add(chunk.formatted(choice.formatted("\"\"", "\"length\""), ""));
        events.add(
                chunk.formatted("[]", ",\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":7,\"total_tokens\":12}"));
        events.add("[DONE]");
        return events;
    }

    private static String embeddings(String model, String format) {
        String vector =
                format.equals("base64") ? "\"" + EMBEDDING_BASE64 + "\"" : "[0.0023064255,-0.009327292,-0.0028842222]";
        return """
                {"object":"list","data":[{"object":"embedding","embedding":%s,"index":0}],"model":"%s",\
                "usage":{"prompt_tokens":8,"total_tokens":8}}""".formatted(vector, model);
    }

    private static Reply transcription(UpstreamStub.Call call) {
        String form = call.body();
        if (!form.contains(AUDIO) || formField(call, "model").isEmpty()) {
            return error(400, "stub: the form lacks the audio file or the model");
        }
        if (formField(call, "stream").equals("true")) return events(transcriptionStream(call.family()));
        String format = formField(call, "response_format");
        if (format.equals("text"))
            return new Reply(200, "text/plain; charset=utf-8", Map.of(), TRANSCRIPT + "\n", List.of());
        return json("""
                {"text":%s,"usage":{"type":"tokens","input_tokens":14,"input_token_details":{"text_tokens":0,\
                "audio_tokens":14},"output_tokens":45,"total_tokens":59}}""".formatted(ChatReplies.quote(TRANSCRIPT)));
    }

    /**
     * A streamed transcription as OpenAI's API reference shows it: a {@code transcript.text.delta} per word, then
     * {@code transcript.text.done} with the whole text and the usage, and no {@code [DONE]}, which vLLM (the
     * openai-compatible family here) sends after it.
     */
    private static List<String> transcriptionStream(Family family) {
        var events = new java.util.ArrayList<String>();
        for (String word : TRANSCRIPT.split("(?= )")) {
            events.add("{\"type\":\"transcript.text.delta\",\"delta\":%s}".formatted(ChatReplies.quote(word)));
        }
        events.add("""
                {"type":"transcript.text.done","text":%s,"usage":{"type":"tokens","input_tokens":14,\
                "input_token_details":{"text_tokens":0,"audio_tokens":14},"output_tokens":45,"total_tokens":59}}\
                """.formatted(ChatReplies.quote(TRANSCRIPT)).strip());
        if (family == Family.COMPATIBLE) events.add("[DONE]");
        return events;
    }

    /** A 429 as the family writes it, with {@code retry-after} and the family's rate-limit headers. */
    private static Reply rateLimited(Family family) {
        String body = switch (family) {
            case OPENAI, COMPATIBLE -> """
                {"error":{"message":"Rate limit reached for gpt-4o in organization org-e2e on tokens per min (TPM): \
                Limit 30000, Used 14567, Requested 24754. Please try again in 7s.","type":"tokens","param":null,\
                "code":"rate_limit_exceeded"}}""";
            case AZURE -> """
                {"error":{"code":"429","message":"Requests to the ChatCompletions_Create Operation under Azure OpenAI \
                API version 2024-10-21 have exceeded token rate limit of your current OpenAI S0 pricing tier. \
                Please retry after 7 seconds."}}""";
            case CEREBRAS -> """
                {"message":"Tokens per minute limit exceeded - too many tokens processed.",\
                "type":"too_many_tokens_error","param":"quota","code":"token_quota_exceeded"}""";
        };
        String limits =
                family == Family.CEREBRAS ? "x-ratelimit-remaining-tokens-minute" : "x-ratelimit-remaining-tokens";
        return new Reply(429, JSON, Map.of("retry-after", RETRY_AFTER_SECONDS, limits, "0"), body, List.of());
    }

    /** A 400 for a prompt over the context window: OpenAI's envelope, or Cerebras's and vLLM's flat body. */
    private static Reply contextTooLong(Family family) {
        String message = "This model's maximum context length is 128000 tokens. However, your messages resulted in "
                + "130001 tokens. Please reduce the length of the messages.";
        String body = switch (family) {
            case OPENAI, AZURE -> """
                {"error":{"message":"%s","type":"invalid_request_error","param":"messages",\
                "code":"context_length_exceeded"}}""".formatted(message);
            case CEREBRAS -> """
                {"message":"%s","type":"invalid_request_error","param":"messages","code":"context_length_exceeded"}""".formatted(message);
            case COMPATIBLE -> """
                {"object":"error","message":"%s","type":"BadRequestError","param":null,"code":400}""".formatted(message);
        };
        return new Reply(400, JSON, Map.of(), body, List.of());
    }

    static Reply error(int status, String message) {
        String body = "{\"error\":{\"message\":%s,\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}"
                .formatted(ChatReplies.quote(message));
        return new Reply(status, JSON, Map.of(), body, List.of());
    }

    /** A text field of a multipart form; empty when absent. */
    static String formField(UpstreamStub.Call call, String name) {
        Matcher field = Pattern.compile("name=\"" + Pattern.quote(name) + "\"\r\n(?:[^\r\n]+\r\n)*\r\n([^\r\n]*)\r\n")
                .matcher(call.body());
        return field.find() ? field.group(1) : "";
    }

    private static Reply json(String body) {
        return new Reply(200, JSON, Map.of(), body, List.of());
    }

    private static Reply events(List<String> events) {
        return new Reply(200, "text/event-stream; charset=utf-8", Map.of(), "", List.copyOf(events));
    }
}
