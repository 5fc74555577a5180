package dev.switchboard.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the stub Anthropic upstream answers, in the Messages API's own format (shared/provider-formats/anthropic.md):
 * every stream event as {@code event: <name>} and {@code data: <json>} lines, a {@code ping} among them, the thinking
 * block's signature in a {@code signature_delta} just before its end, a tool's input in {@code input_json_delta}
 * fragments cut at arbitrary places, and cumulative usage. The values the tests expect are the constants here.
 */
final class AnthropicReplies {

    static final String MODEL = "claude-sonnet-4-5-20250929";
    static final String OVERLOADED = "claude-overloaded";
    static final String BUSY = "claude-busy";
    static final String RETRY_AFTER_SECONDS = "7";

    static final List<String> THINKING_PIECES = List.of("The user wants the weather", " in Florence, in celsius.");
    static final String THINKING = String.join("", THINKING_PIECES);
    static final String SIGNATURE = "EsQDCkYICBgCKkBr9+FTcKs+la0OlmRVB4HF/bTERKj+hr9pp9uxwdet2==";
    static final String REDACTED =
            "EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpPkNRj2YfWXGmKDxH4mPnZ5sQ7vB5URj";
    static final String TOOL_ID = "toolu_0171KFcBwn1Z64XzvQfz3sZS";
    static final String TOOL_NAME = "get_weather";
    /** The tool's input as streamed: an empty piece, as in recordings, then pieces cut inside names and values. */
    static final List<String> ARGUMENT_PIECES = List.of(
            "", "{\"locat", "ion\": \"Flor", "ence, Italy\", \"un", "it\": \"cel", "sius\", \"days\": [1", ", 2]}");

    static final String ARGUMENTS = String.join("", ARGUMENT_PIECES);
    static final String TOOL_RESULT = "18 C, sunny";
    static final List<String> ANSWER_PIECES = List.of("It is 18 °C", " and sunny", " in Florence.");
    static final String ANSWER = String.join("", ANSWER_PIECES);
    static final String DESCRIPTION = "Un pixel rouge.";
    static final String PARTIAL = "Partial";
    /** A 1x1 PNG. */
    static final String PNG_BASE64 =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private static final String SSE = "text/event-stream; charset=utf-8";
    private static final String JSON = "application/json";
    private static final String TEXT_BLOCK = "{\"type\":\"text\",\"text\":\"\"}";

    private AnthropicReplies() {}

    /** One page of {@code GET /v1/models}, the whole list. */
    static UpstreamReplies.Reply models() {
        return json(200, """
                {"data":[{"type":"model","id":"%s","display_name":"Claude Sonnet 4.5",\
                "created_at":"2025-09-29T00:00:00Z","max_input_tokens":200000,"max_tokens":64000,\
                "capabilities":{"thinking":{"supported":true},"image_input":{"supported":true}}}],\
                "has_more":false,"first_id":"%s","last_id":"%s"}""".formatted(MODEL, MODEL, MODEL));
    }

    /**
     * The first turn: thinking with its signature, a redacted thinking block, then a {@code get_weather} call; 423
     * input tokens plus 100 read from the cache, 119 output tokens.
     */
    static UpstreamReplies.Reply toolTurn() {
        var events = new ArrayList<String>();
        events.add(started("msg_01E2eToolTurn", 423, 100));
        events.add(opened(0, "{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"\"}"));
        events.add(event("ping", "{\"type\": \"ping\"}"));
        THINKING_PIECES.forEach(piece -> events.add(delta(0, "thinking_delta", "thinking", piece)));
        events.add(delta(0, "signature_delta", "signature", SIGNATURE));
        events.add(stopped(0));
        events.add(opened(1, "{\"type\":\"redacted_thinking\",\"data\":\"%s\"}".formatted(REDACTED)));
        events.add(stopped(1));
        String use = "{\"type\":\"tool_use\",\"id\":\"%s\",\"name\":\"%s\",\"input\":{}}";
        events.add(opened(2, use.formatted(TOOL_ID, TOOL_NAME)));
        ARGUMENT_PIECES.forEach(piece -> events.add(delta(2, "input_json_delta", "partial_json", piece)));
        events.add(stopped(2));
        events.add(finished("tool_use", 119));
        return stream(events);
    }

    /** The second turn: the answer as text, in {@link #ANSWER_PIECES}. */
    static UpstreamReplies.Reply answerTurn() {
        var events = new ArrayList<String>();
        events.add(started("msg_01E2eAnswerTurn", 560, 0));
        events.add(opened(0, TEXT_BLOCK));
        ANSWER_PIECES.forEach(piece -> events.add(delta(0, "text_delta", "text", piece)));
        events.add(stopped(0));
        events.add(finished("end_turn", 12));
        return stream(events);
    }

    /** A whole answer: 30 input tokens, 5 written to and 10 read from the cache, 6 output tokens. */
    static UpstreamReplies.Reply description() {
        return json(200, """
                {"id":"msg_01E2eDescription","type":"message","role":"assistant","model":"%s",\
                "content":[{"type":"text","text":"%s"}],"stop_reason":"end_turn","stop_sequence":null,\
                "usage":{"input_tokens":30,"cache_creation_input_tokens":5,"cache_read_input_tokens":10,\
                "output_tokens":6,"service_tier":"standard"}}""".formatted(MODEL, DESCRIPTION));
    }

    /** HTTP 200, some text, then {@code event: error} with {@code overloaded_error}, and no {@code message_stop}. */
    static UpstreamReplies.Reply overloadedMidStream() {
        return new UpstreamReplies.Reply(
                200,
                SSE,
                Map.of(),
                started("msg_01E2eOverloaded", 12, 0)
                        + opened(0, TEXT_BLOCK)
                        + delta(0, "text_delta", "text", PARTIAL)
                        + event("error", """
                        {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"""),
                List.of());
    }

    /** A 429 with {@code retry-after} and Anthropic's rate-limit headers. */
    static UpstreamReplies.Reply rateLimited() {
        var headers = Map.of(
                "retry-after", RETRY_AFTER_SECONDS,
                "anthropic-ratelimit-input-tokens-remaining", "0",
                "anthropic-ratelimit-input-tokens-reset", "2025-08-21T12:40:59Z");
        String message = "This request would exceed the rate limit for your organization of 40,000 input tokens"
                + " per minute.";
        return new UpstreamReplies.Reply(429, JSON, headers, errorBody("rate_limit_error", message), List.of());
    }

    /** Anthropic's error answer. */
    static UpstreamReplies.Reply error(int status, String type, String message) {
        return json(status, errorBody(type, message));
    }

    private static String errorBody(String type, String message) {
        String body = "{\"type\":\"error\",\"error\":{\"type\":\"%s\",\"message\":%s},\"request_id\":\"%s\"}";
        return body.formatted(type, ChatReplies.quote(message), "req_011CSHoEeqs5C35K2UUqR7Fy");
    }

    private static String started(String id, int input, int cacheRead) {
        String message = """
                {"type":"message_start","message":{"id":"%s","type":"message","role":"assistant","model":"%s",\
                "content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":%d,\
                "cache_creation_input_tokens":0,"cache_read_input_tokens":%d,"output_tokens":1}}}""";
        return event("message_start", message.formatted(id, MODEL, input, cacheRead));
    }

    private static String opened(int index, String block) {
        String start = "{\"type\":\"content_block_start\",\"index\":%d,\"content_block\":%s}";
        return event("content_block_start", start.formatted(index, block));
    }

    private static String delta(int index, String type, String field, String value) {
        return event(
                "content_block_delta",
                "{\"type\":\"content_block_delta\",\"index\":%d,\"delta\":{\"type\":\"%s\",\"%s\":%s}}"
                        .formatted(index, type, field, ChatReplies.quote(value)));
    }

    private static String stopped(int index) {
        return event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":%d}".formatted(index));
    }

    /** {@code message_delta}, whose usage is cumulative, then {@code message_stop}. */
    private static String finished(String stopReason, int output) {
        return event("message_delta", """
                        {"type":"message_delta","delta":{"stop_reason":"%s","stop_sequence":null},\
                        "usage":{"output_tokens":%d}}""".formatted(stopReason, output))
                + event("message_stop", "{\"type\":\"message_stop\"}");
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    /**
     * The whole stream as one body: {@link LoopbackHttp} writes separate events as {@code data:} lines only, and
     * Anthropic's streams name every event in an {@code event:} line.
     */
    private static UpstreamReplies.Reply stream(List<String> events) {
        return new UpstreamReplies.Reply(200, SSE, Map.of(), String.join("", events), List.of());
    }

    private static UpstreamReplies.Reply json(int status, String body) {
        return new UpstreamReplies.Reply(status, JSON, Map.of(), body, List.of());
    }
}
