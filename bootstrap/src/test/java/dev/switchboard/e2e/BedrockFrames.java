package dev.switchboard.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.eventstream.HeaderValue;
import software.amazon.eventstream.Message;

/**
 * What the stub Bedrock answers: a ConverseStream body of binary event-stream frames (built with AWS's encoder) holding
 * reasoning with a signature, text and a tool call whose input comes in fragments; and the JSON of Converse, Titan
 * embeddings and the control plane's two lists.
 */
final class BedrockFrames {

    static final String MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0";
    static final String THROTTLED_MODEL = "anthropic.claude-3-haiku-20240307-v1:0";
    static final String PROFILE = "us.anthropic.claude-sonnet-4-20250514-v1:0";
    static final String TOOL_ID = "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q";
    static final String TOOL_NAME = "get_weather";
    static final List<String> ARGUMENT_PIECES = List.of("{\"city\": \"Par", "is\", \"unit\"", ": \"celsius\"}");
    static final String ARGUMENTS = String.join("", ARGUMENT_PIECES);
    static final String THINKING = "The user wants the weather in Paris.";
    static final String SIGNATURE = "ErUBCkYIBBgCIkA";

    static final String CONVERSE_ANSWER = """
            {"output":{"message":{"role":"assistant","content":[{"text":"Sunny, 21 °C."}]}},"stopReason":"end_turn",
             "usage":{"inputTokens":20,"outputTokens":7,"totalTokens":27},"metrics":{"latencyMs":300}}""";
    static final String TITAN_ANSWER = "{\"embedding\":[0.5,-0.25,0.125],\"inputTextTokenCount\":2}";
    static final String FOUNDATION_MODELS = """
            {"modelSummaries":[
             {"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/%1$s","modelId":"%1$s","modelName":"Claude 3.5 Sonnet",
              "providerName":"Anthropic","inputModalities":["TEXT","IMAGE"],"outputModalities":["TEXT"],
              "responseStreamingSupported":true,"inferenceTypesSupported":["ON_DEMAND"],"modelLifecycle":{"status":"ACTIVE"}},
             {"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0",
              "modelId":"anthropic.claude-sonnet-4-20250514-v1:0","modelName":"Claude Sonnet 4","providerName":"Anthropic",
              "inputModalities":["TEXT","IMAGE"],"outputModalities":["TEXT"],"responseStreamingSupported":true,
              "inferenceTypesSupported":["INFERENCE_PROFILE"]},
             {"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0",
              "modelId":"amazon.titan-embed-text-v2:0","providerName":"Amazon","inputModalities":["TEXT"],
              "outputModalities":["EMBEDDING"],"inferenceTypesSupported":["ON_DEMAND"]}]}""".formatted(MODEL);
    static final String INFERENCE_PROFILES = """
            {"inferenceProfileSummaries":[{"inferenceProfileName":"US Claude Sonnet 4","inferenceProfileId":"%s",
             "inferenceProfileArn":"arn:aws:bedrock:us-east-1:123456789012:inference-profile/%1$s","status":"ACTIVE",
             "type":"SYSTEM_DEFINED","models":[{"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0"}]}]}""".formatted(PROFILE);

    private BedrockFrames() {}

    static byte[] toolCallStream() {
        var out = new ByteArrayOutputStream();
        frame(out, "messageStart", "{\"role\":\"assistant\",\"p\":\"abcdefgh\"}");
        delta(out, 0, "{\"reasoningContent\":{\"text\":\"" + THINKING + "\"}}");
        delta(out, 0, "{\"reasoningContent\":{\"signature\":\"" + SIGNATURE + "\"}}");
        frame(out, "contentBlockStop", "{\"contentBlockIndex\":0}");
        delta(out, 1, "{\"text\":\"Let me check.\"}");
        frame(out, "contentBlockStop", "{\"contentBlockIndex\":1}");
        frame(
                out,
                "contentBlockStart",
                "{\"contentBlockIndex\":2,\"start\":{\"toolUse\":{\"toolUseId\":\"" + TOOL_ID + "\",\"name\":\""
                        + TOOL_NAME + "\"}}}");
        for (String piece : ARGUMENT_PIECES) delta(out, 2, "{\"toolUse\":{\"input\":" + quoted(piece) + "}}");
        frame(out, "contentBlockStop", "{\"contentBlockIndex\":2}");
        frame(out, "messageStop", "{\"stopReason\":\"tool_use\",\"p\":\"abc\"}");
        frame(
                out,
                "metadata",
                "{\"usage\":{\"inputTokens\":412,\"outputTokens\":58,\"totalTokens\":470},"
                        + "\"metrics\":{\"latencyMs\":912}}");
        return out.toByteArray();
    }

    /** A stream that starts, says "Hel" and dies with an in-band {@code throttlingException}. */
    static byte[] throttledStream() {
        var out = new ByteArrayOutputStream();
        frame(out, "messageStart", "{\"role\":\"assistant\"}");
        delta(out, 0, "{\"text\":\"Hel\"}");
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headers.put(":exception-type", HeaderValue.fromString("throttlingException"));
        headers.put(":content-type", HeaderValue.fromString("application/json"));
        headers.put(":message-type", HeaderValue.fromString("exception"));
        byte[] payload =
                "{\"message\":\"Too many tokens, please wait before trying again.\"}".getBytes(StandardCharsets.UTF_8);
        new Message(headers, payload).encode(out);
        return out.toByteArray();
    }

    private static void delta(ByteArrayOutputStream out, int index, String delta) {
        frame(out, "contentBlockDelta", "{\"contentBlockIndex\":" + index + ",\"delta\":" + delta + "}");
    }

    private static void frame(ByteArrayOutputStream out, String type, String json) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headers.put(":event-type", HeaderValue.fromString(type));
        headers.put(":content-type", HeaderValue.fromString("application/json"));
        headers.put(":message-type", HeaderValue.fromString("event"));
        new Message(headers, json.getBytes(StandardCharsets.UTF_8)).encode(out);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
