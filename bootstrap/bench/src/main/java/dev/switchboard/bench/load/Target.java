package dev.switchboard.bench.load;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Where load goes: the fake upstream directly, or the gateway in front of it. The two differ only in address and
 * in the model name's prefix ({@code bench-echo} directly, {@code up/bench-echo} through the gateway), so the same
 * request reaches the same upstream code either way.
 *
 * @param name {@code direct} or {@code gateway}, as the report prints it
 * @param address host and port, on loopback
 * @param modelPrefix put before every model name: empty directly, {@code provider/} through the gateway
 */
public record Target(String name, InetSocketAddress address, String modelPrefix) {

    /** The non-streaming model every latency and throughput run asks for. */
    public static final String ECHO_MODEL = "bench-echo";

    /** A target at {@code base}, such as {@code http://127.0.0.1:8080}. */
    public static Target at(String name, URI base, String modelPrefix) {
        return new Target(name, new InetSocketAddress(base.getHost(), base.getPort()), modelPrefix);
    }

    /** The request body of a chat completion for {@code model} (without the prefix). */
    public String chatBody(String model, boolean stream) {
        return "{\"model\":\"" + modelPrefix + model + "\",\"stream\":" + stream + ",\"messages\":["
                + "{\"role\":\"system\",\"content\":\"You are a terse assistant.\"},"
                + "{\"role\":\"user\",\"content\":\"Say hello to the benchmark in one short sentence.\"}]}";
    }

    /** The whole HTTP/1.1 request for {@link #chatBody}, ready to write on a kept-alive connection. */
    public byte[] chatRequest(String model, boolean stream) {
        byte[] body = chatBody(model, stream).getBytes(StandardCharsets.UTF_8);
        String head = "POST /v1/chat/completions HTTP/1.1\r\nHost: " + address.getHostString() + ":"
                + address.getPort() + "\r\nContent-Type: application/json\r\nAccept: "
                + (stream ? "text/event-stream" : "application/json") + "\r\nContent-Length: " + body.length
                + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }
}
