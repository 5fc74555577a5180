package dev.switchboard.e2e;

import static dev.switchboard.e2e.AnthropicUpstream.header;
import static dev.switchboard.e2e.AnthropicUpstream.json;
import static dev.switchboard.e2e.AnthropicUpstream.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A loopback Gemini upstream and Google token endpoint: {@code GET /v1beta/models} (two pages),
 * {@code :generateContent}, {@code :streamGenerateContent?alt=sse}, {@code :batchEmbedContents}, {@code POST /token}
 * (for the service account in a profile) and {@code POST /adc/token} (for the application default credentials' file).
 * Every API request must carry either the API key in {@code x-goog-api-key} or a token an endpoint issued as a
 * bearer (never both, never a key in the URL) and an {@code X-Request-ID}. The second turn of the tool loop must send
 * the function call back with its thought signature on the same part, and the result as a {@code functionResponse}
 * named after the call. Anything else gets Google's error and is listed in {@link #takeProblems()}.
 */
final class GeminiUpstream implements AutoCloseable {

    static final String KEY = "AIzaSyE2E-gemini-primary-0123456789";
    private static final String MODEL_PATH = "/v1beta/models/" + GeminiReplies.MODEL;

    private final List<LoopbackHttp.Request> calls = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private @Nullable LoopbackHttp server;

    private GeminiUpstream() {}

    static GeminiUpstream start() throws IOException {
        var upstream = new GeminiUpstream();
        upstream.server = LoopbackHttp.start(upstream::serve);
        return upstream;
    }

    String root() {
        return "http://127.0.0.1:" + Objects.requireNonNull(server).port();
    }

    /** The last request to a path, such as {@code /v1beta/models/gemini-2.5-flash:generateContent}. */
    LoopbackHttp.Request last(String path) {
        return calls.reversed().stream()
                .filter(call -> call.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no request to " + path));
    }

    long count(String path) {
        return calls.stream().filter(call -> call.path().equals(path)).count();
    }

    List<String> takeProblems() {
        List<String> taken = List.copyOf(problems);
        problems.removeAll(taken);
        return taken;
    }

    @Override
    public void close() throws IOException {
        if (server != null) server.close();
    }

    private UpstreamReplies.Reply serve(LoopbackHttp.Request call) {
        calls.add(call);
        if (call.path().equals("/token")) return token(call, GeminiReplies.ACCESS_TOKEN);
        if (call.path().equals("/adc/token")) return token(call, GeminiReplies.ADC_ACCESS_TOKEN);
        List<String> wrong = authProblems(call);
        if (!wrong.isEmpty()) return refuse(call, wrong, 401, "UNAUTHENTICATED");
        String route = call.method() + " " + call.path();
        if (route.equals("GET /v1beta/models"))
            return GeminiReplies.models(!call.query().contains("pageToken=page-2"));
        if (route.equals("POST " + MODEL_PATH + ":generateContent")) return GeminiReplies.description();
        if (route.equals("POST " + MODEL_PATH + ":streamGenerateContent")
                && call.query().equals("alt=sse")) return conversation(call);
        if (route.equals("POST /v1beta/models/" + GeminiReplies.EMBEDDING_MODEL + ":batchEmbedContents"))
            return embeddings(call);
        return refuse(call, List.of("no such route"), 404, "NOT_FOUND");
    }

    private UpstreamReplies.Reply token(LoopbackHttp.Request call, String accessToken) {
        String form = URLDecoder.decode(call.body(), StandardCharsets.UTF_8);
        if (!form.contains("grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer") || !form.contains("assertion=")) {
            return refuse(call, List.of("not a JWT bearer grant"), 400, "INVALID_ARGUMENT");
        }
        return GeminiReplies.token(accessToken);
    }

    private UpstreamReplies.Reply conversation(LoopbackHttp.Request call) {
        JsonNode contents = json(call).path("contents");
        if (!contents.findValuesAsText("name").contains(GeminiReplies.TOOL_NAME) || contents.size() < 3)
            return GeminiReplies.toolTurn();
        var wrong = new ArrayList<String>();
        if (!contents.path(1).equals(modelTurn()))
            wrong.add("contents[1] must be the function call with its thought signature on the same part");
        if (!contents.path(2).equals(resultTurn()))
            wrong.add("contents[2] must be the functionResponse named " + GeminiReplies.TOOL_NAME);
        return wrong.isEmpty() ? GeminiReplies.answerTurn() : refuse(call, wrong, 400, "INVALID_ARGUMENT");
    }

    private UpstreamReplies.Reply embeddings(LoopbackHttp.Request call) {
        JsonNode requests = json(call).path("requests");
        for (JsonNode request : requests) {
            if (!request.path("model").asText().equals("models/" + GeminiReplies.EMBEDDING_MODEL))
                return refuse(call, List.of("a sub-request does not repeat the model"), 400, "INVALID_ARGUMENT");
        }
        return GeminiReplies.embeddings(requests.size());
    }

    static JsonNode modelTurn() {
        return parse("{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"name\":\"%s\",\"args\":%s},"
                        .formatted(GeminiReplies.TOOL_NAME, GeminiReplies.ARGUMENTS)
                + "\"thoughtSignature\":\"" + GeminiReplies.SIGNATURE + "\"}]}");
    }

    static JsonNode resultTurn() {
        return parse("{\"role\":\"user\",\"parts\":[{\"functionResponse\":{\"name\":\"%s\",\"response\":%s}}]}"
                .formatted(GeminiReplies.TOOL_NAME, GeminiReplies.TOOL_RESULT));
    }

    private static List<String> authProblems(LoopbackHttp.Request call) {
        var wrong = new ArrayList<String>();
        String key = header(call, "x-goog-api-key");
        String bearer = header(call, "Authorization");
        boolean byKey = KEY.equals(key) && bearer == null;
        boolean byToken = (("Bearer " + GeminiReplies.ACCESS_TOKEN).equals(bearer)
                        || ("Bearer " + GeminiReplies.ADC_ACCESS_TOKEN).equals(bearer))
                && key == null;
        if (!byKey && !byToken) wrong.add("neither the API key alone nor the issued bearer token alone");
        if (call.query().contains("key=")) wrong.add("a key in the URL");
        String requestId = header(call, "X-Request-ID");
        if (requestId == null || requestId.isBlank()) wrong.add("no X-Request-ID");
        return wrong;
    }

    private UpstreamReplies.Reply refuse(LoopbackHttp.Request call, List<String> wrong, int status, String rpc) {
        String problem = call.method() + " " + call.path() + ": " + String.join("; ", wrong);
        problems.add(problem);
        return GeminiReplies.error(status, rpc, "stub: " + problem);
    }
}
