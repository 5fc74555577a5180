package dev.switchboard.e2e;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stub AWS Bedrock on a loopback port, speaking the exact wire formats: rest-json answers and binary
 * {@code application/vnd.amazon.eventstream} bodies ({@link BedrockFrames}). It checks every request's SigV4
 * {@code Authorization} header (the profile's access key, region {@value #REGION}, service {@code bedrock}) and keeps
 * what does not match as a problem. The runtime and the control plane share the port, as they do behind one endpoint
 * override. One request per connection, answered with {@code Connection: close}.
 */
final class BedrockUpstream implements AutoCloseable {

    static final String REGION = "us-east-1";
    static final String ACCESS_KEY = "AKIDE2EBEDROCK";
    static final String KEYS = "{\"access_key_id\":\"" + ACCESS_KEY + "\",\"secret_access_key\":\"e2e/secret+key\"}";

    /** A request as received: the path decoded, header names in lower case. */
    record Request(String method, String path, Map<String, String> headers, String body) {}

    private record Answer(int status, String contentType, byte[] body) {}

    private final ServerSocket socket;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();

    private BedrockUpstream(ServerSocket socket) {
        this.socket = socket;
    }

    static BedrockUpstream start() throws IOException {
        var upstream = new BedrockUpstream(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        Thread.ofVirtual().name("bedrock-stub-accept").start(upstream::accept);
        return upstream;
    }

    String endpoint() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    Request last(String path) {
        return requests.stream()
                .filter(request -> request.path().equals(path))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("Bedrock received no request for " + path));
    }

    List<String> takeProblems() {
        var taken = List.copyOf(problems);
        problems.clear();
        return taken;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private Answer answer(Request request) {
        String path = request.path();
        if (path.equals("/model/" + BedrockFrames.THROTTLED_MODEL + "/converse-stream"))
            return new Answer(200, "application/vnd.amazon.eventstream", BedrockFrames.throttledStream());
        if (path.endsWith("/converse-stream"))
            return new Answer(200, "application/vnd.amazon.eventstream", BedrockFrames.toolCallStream());
        if (path.endsWith("/converse")) return json(BedrockFrames.CONVERSE_ANSWER);
        if (path.equals("/model/amazon.titan-embed-text-v2:0/invoke")) return json(BedrockFrames.TITAN_ANSWER);
        if (path.equals("/foundation-models")) return json(BedrockFrames.FOUNDATION_MODELS);
        if (path.equals("/inference-profiles")) return json(BedrockFrames.INFERENCE_PROFILES);
        return new Answer(404, "application/json", "{\"message\":\"no route\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static Answer json(String body) {
        return new Answer(200, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private void check(Request request) {
        String authorization = request.headers().getOrDefault("authorization", "");
        String scope = "Credential=" + ACCESS_KEY + "/";
        if (!authorization.startsWith("AWS4-HMAC-SHA256 " + scope)
                || !authorization.contains("/" + REGION + "/bedrock/aws4_request")) {
            problems.add(request.path() + " is not signed with SigV4 for the profile's key: " + authorization);
        }
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread.ofVirtual().start(() -> serve(connection));
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                throw new IllegalStateException("the stub could not accept a connection", e);
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            Request request = read(new BufferedInputStream(connection.getInputStream()));
            requests.add(request);
            check(request);
            Answer answer = answer(request);
            OutputStream out = connection.getOutputStream();
            String head = "HTTP/1.1 " + answer.status() + " OK\r\nContent-Type: " + answer.contentType()
                    + "\r\nx-amzn-RequestId: 39c52d8a-a39c-42bb-a269-ec2735bdccc6\r\nContent-Length: "
                    + answer.body().length + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(answer.body());
            out.flush();
        } catch (IOException clientGone) {
            // The gateway closed the connection: nothing is left to answer.
        }
    }

    private static Request read(InputStream in) throws IOException {
        List<String> head = head(in);
        String[] line = head.getFirst().split(" ", 3);
        String target = line[1].contains("?") ? line[1].substring(0, line[1].indexOf('?')) : line[1];
        var headers = new LinkedHashMap<String, String>();
        for (String header : head.subList(1, head.size())) {
            int colon = header.indexOf(':');
            headers.put(
                    header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    header.substring(colon + 1).strip());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        String path = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        return new Request(line[0], path, headers, new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    private static List<String> head(InputStream in) throws IOException {
        var lines = new ArrayList<String>();
        var line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b != '\n') {
                line.write(b);
                continue;
            }
            String text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
            if (text.isEmpty()) return lines;
            lines.add(text);
            line.reset();
        }
        throw new IOException("the request head ended early");
    }
}
