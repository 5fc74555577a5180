package dev.switchboard.bench.upstream;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** The bytes the fake upstream answers with: OpenAI's shapes, kept small and fixed. */
final class Replies {

    /** The answer of every non-streaming completion. */
    static final String ANSWER = "Hello from the bench upstream.";

    private static final String MODELS = """
            {"object":"list","data":[\
            {"id":"bench-echo","object":"model","created":1700000000,"owned_by":"bench"},\
            {"id":"bench-stream-20x10ms","object":"model","created":1700000000,"owned_by":"bench"}]}""";

    private static final byte[] STREAM_HEAD = ascii(String.join(
            "\r\n",
            "HTTP/1.1 200 OK",
            "Content-Type: text/event-stream",
            "Cache-Control: no-cache",
            "Transfer-Encoding: chunked",
            "",
            ""));

    private Replies() {}

    static ByteBuffer models() {
        return json(200, "OK", MODELS);
    }

    static ByteBuffer completion(String model) {
        return json(
                200,
                "OK",
                "{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion\",\"created\":1700000000,"
                        + "\"model\":\"" + model + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                        + "\"content\":\"" + ANSWER + "\"},\"finish_reason\":\"stop\"}],"
                        + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":6,\"total_tokens\":18}}");
    }

    static ByteBuffer error(int status, String reason, String message) {
        return json(status, reason, "{\"error\":{\"message\":\"" + message + "\",\"type\":\"invalid_request_error\"}}");
    }

    /** The status line and headers of a stream; the events follow as HTTP chunks. */
    static ByteBuffer streamHead() {
        return ByteBuffer.wrap(STREAM_HEAD);
    }

    /** Content event {@code seq}: its text is the sequence number and a space, so a client can check the order. */
    static ByteBuffer chunk(String model, int seq) {
        String role = seq == 0 ? "\"role\":\"assistant\"," : "";
        return event(chunkJson(model, "{" + role + "\"content\":\"" + seq + " \"}", "null"));
    }

    /** The final event, {@code [DONE]} and the end of the chunked body. */
    static ByteBuffer end(String model) {
        String last = sse(chunkJson(model, "{}", "\"stop\"")) + sse("[DONE]");
        return ByteBuffer.wrap(ascii(httpChunk(last) + "0\r\n\r\n"));
    }

    private static String chunkJson(String model, String delta, String finish) {
        return "{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\""
                + model + "\",\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finish + "}]}";
    }

    private static ByteBuffer event(String data) {
        return ByteBuffer.wrap(ascii(httpChunk(sse(data))));
    }

    private static String sse(String data) {
        return "data: " + data + "\n\n";
    }

    private static String httpChunk(String payload) {
        return Integer.toHexString(payload.length()) + "\r\n" + payload + "\r\n";
    }

    private static ByteBuffer json(int status, String reason, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        byte[] head = ascii("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + bytes.length + "\r\n\r\n");
        return ByteBuffer.allocate(head.length + bytes.length)
                .put(head)
                .put(bytes)
                .flip();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
