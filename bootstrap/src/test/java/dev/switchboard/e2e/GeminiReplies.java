package dev.switchboard.e2e;

import java.util.List;
import java.util.Map;

/**
 * What the stub Gemini answers, in Gemini's exact wire format (shared/provider-formats/gemini.md): streams with
 * {@code \r\n\r\n} between events and no terminator, whole answers, the paged model list, embeddings, OAuth tokens and
 * Google's error envelope.
 */
final class GeminiReplies {

    static final String MODEL = "gemini-2.5-flash";
    static final String EMBEDDING_MODEL = "gemini-embedding-001";
    static final String TOOL_NAME = "get_weather";
    static final String ARGUMENTS = "{\"location\":\"Florence\",\"unit\":\"celsius\"}";
    static final String THOUGHT = "**Checking the weather**\n\nThe user wants Florence's weather; I'll call the tool.";
    static final String SIGNATURE = "CtQOAVSoXO74PmYr9AFurEIJNTAtfagOIxtRA5Fc";
    static final String TOOL_RESULT = "{\"temperature_c\":21,\"condition\":\"sunny\"}";
    static final String ANSWER = "It is 21 °C and sunny in Florence.";
    static final String DESCRIPTION = "Un pixel rouge.";
    static final String ACCESS_TOKEN = "ya29.e2e-access-token";
    static final String ADC_ACCESS_TOKEN = "ya29.e2e-adc-access-token";

    private static final String JSON = "application/json";

    private GeminiReplies() {}

    /** The first turn: thought summaries, then the whole function call carrying the thought signature. */
    static UpstreamReplies.Reply toolTurn() {
        return sse(List.of(
                chunk("[{\"text\":\"" + escaped(THOUGHT.substring(0, 25)) + "\",\"thought\":true}]", "", ""),
                chunk("[{\"text\":\"" + escaped(THOUGHT.substring(25)) + "\",\"thought\":true}]", "", ""),
                chunk(
                        "[{\"functionCall\":{\"name\":\"" + TOOL_NAME + "\",\"args\":" + ARGUMENTS
                                + "},\"thoughtSignature\":\"" + SIGNATURE + "\"}]",
                        ",\"finishReason\":\"STOP\"",
                        ",\"usageMetadata\":{\"promptTokenCount\":40,\"candidatesTokenCount\":12,"
                                + "\"totalTokenCount\":152,\"thoughtsTokenCount\":100}")));
    }

    /** The second turn's answer, in two text deltas. */
    static UpstreamReplies.Reply answerTurn() {
        return sse(
                List.of(
                        chunk("[{\"text\":\"It is 21 °C\"}]", "", ""),
                        chunk(
                                "[{\"text\":\" and sunny in Florence.\"}]",
                                ",\"finishReason\":\"STOP\"",
                                ",\"usageMetadata\":{\"promptTokenCount\":60,\"candidatesTokenCount\":9,\"totalTokenCount\":69}")));
    }

    /** A whole answer. */
    static UpstreamReplies.Reply description() {
        return json(200, """
                {"candidates":[{"content":{"parts":[{"text":"%s"}],"role":"model"},"finishReason":"STOP","index":0}],
                 "usageMetadata":{"promptTokenCount":45,"candidatesTokenCount":6,"totalTokenCount":51,
                 "cachedContentTokenCount":10},"modelVersion":"gemini-2.5-flash","responseId":"e2e-whole"}
                """.formatted(DESCRIPTION));
    }

    static UpstreamReplies.Reply models(boolean firstPage) {
        if (firstPage) {
            return json(200, """
                    {"models":[{"name":"models/%s","displayName":"Gemini 2.5 Flash","inputTokenLimit":1048576,
                      "outputTokenLimit":65536,"thinking":true,
                      "supportedGenerationMethods":["generateContent","countTokens"]}],"nextPageToken":"page-2"}
                    """.formatted(MODEL));
        }
        return json(200, """
                {"models":[{"name":"models/%s","inputTokenLimit":2048,"outputTokenLimit":1,
                  "supportedGenerationMethods":["embedContent"]}]}
                """.formatted(EMBEDDING_MODEL));
    }

    static UpstreamReplies.Reply embeddings(int count) {
        var vectors = new StringBuilder();
        for (int i = 0; i < count; i++)
            vectors.append(i == 0 ? "" : ",")
                    .append("{\"values\":[0.25,-0.5,")
                    .append(i)
                    .append("]}");
        return json(200, "{\"embeddings\":[" + vectors + "]}");
    }

    static UpstreamReplies.Reply token(String accessToken) {
        return json(200, "{\"access_token\":\"" + accessToken + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}");
    }

    static UpstreamReplies.Reply error(int status, String rpcStatus, String message) {
        return json(
                status,
                "{\"error\":{\"code\":%d,\"message\":\"%s\",\"status\":\"%s\"}}".formatted(status, message, rpcStatus));
    }

    private static String chunk(String parts, String finish, String usage) {
        return "{\"candidates\":[{\"content\":{\"parts\":" + parts + ",\"role\":\"model\"}" + finish + ",\"index\":0}]"
                + usage + ",\"modelVersion\":\"gemini-2.5-flash\",\"responseId\":\"e2e-stream\"}";
    }

    private static UpstreamReplies.Reply sse(List<String> events) {
        var body = new StringBuilder();
        events.forEach(event -> body.append("data: ").append(event).append("\r\n\r\n"));
        return new UpstreamReplies.Reply(200, "text/event-stream", Map.of(), body.toString(), List.of());
    }

    private static UpstreamReplies.Reply json(int status, String body) {
        return new UpstreamReplies.Reply(status, JSON, Map.of(), body, List.of());
    }

    private static String escaped(String text) {
        return text.replace("\n", "\\n").replace("\"", "\\\"");
    }
}
