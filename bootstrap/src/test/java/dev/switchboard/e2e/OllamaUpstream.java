package dev.switchboard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A loopback Ollama server speaking the native API: {@code GET /api/tags}, {@code POST /api/show}, {@code /api/chat}
 * (a streamed tool call, or a whole answer), {@code /api/embed} and {@code /api/pull}, NDJSON streams written one line
 * at a time, in the shapes Ollama's documentation shows. Every request must carry {@code Authorization: Bearer} with
 * {@link #KEY} (Ollama behind a proxy) and an {@code X-Request-ID}; one without them gets Ollama's
 * {@code {"error":"unauthorized"}} 401 and is listed in {@link #takeProblems()}.
 */
final class OllamaUpstream implements AutoCloseable {

    static final String KEY = "ollama-proxy-e2e-0123456789";
    static final String MODEL = "llama3.2";
    static final String TAGGED = "llama3.2:latest";
    static final String EMBEDDER = "all-minilm";
    static final String ANSWER = "The sky is blue because of Rayleigh scattering.";
    static final String TOOL = "get_weather";
    static final String ARGUMENTS = "{\"city\":\"Tokyo\",\"unit\":\"celsius\"}";
    static final String LAYER = "sha256:dde5aa3fc5ffc17176b5e8bdc82f587b24b2678c6c66101bf7da77af9f7ccdff";

    private static final String NDJSON = "application/x-ndjson";
    private static final String JSON = "application/json; charset=utf-8";

    private final List<LoopbackHttp.Request> calls = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private @Nullable LoopbackHttp server;

    private OllamaUpstream() {}

    static OllamaUpstream start() throws IOException {
        var upstream = new OllamaUpstream();
        upstream.server = LoopbackHttp.start(upstream::serve);
        return upstream;
    }

    /** The base URL, such as {@code http://127.0.0.1:41234}. */
    String root() {
        return "http://127.0.0.1:" + Objects.requireNonNull(server).port();
    }

    /** The body of the last request to {@code path}. */
    JsonNode last(String path) {
        return calls.reversed().stream()
                .filter(call -> call.path().equals(path))
                .findFirst()
                .map(call -> parse(call.body()))
                .orElseThrow(() -> new AssertionError("no request to " + path));
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
        String auth = first(call, "authorization");
        String requestId = first(call, "x-request-id");
        if (!("Bearer " + KEY).equals(auth) || requestId == null || requestId.isBlank()) {
            problems.add(call.method() + " " + call.path() + ": no Bearer key or no X-Request-ID");
            return json(401, "{\"error\":\"unauthorized\"}");
        }
        JsonNode body = call.body().isEmpty() ? parse("{}") : parse(call.body());
        return switch (call.path()) {
            case "/api/tags" -> json(200, TAGS);
            case "/api/show" -> show(body.path("model").asText());
            case "/api/chat" -> body.path("stream").asBoolean(true) ? lines(TOOL_STREAM) : json(200, CHAT);
            case "/api/embed" -> json(200, EMBED);
            case "/api/pull" -> lines(PULL);
            default -> json(404, "{\"error\":\"404 page not found\"}");
        };
    }

    private static UpstreamReplies.Reply show(String model) {
        return switch (model) {
            case TAGGED -> json(200, SHOW_LLAMA);
            case EMBEDDER + ":latest" -> json(200, SHOW_EMBEDDER);
            default -> json(404, "{\"error\":\"model '" + model + "' not found\"}");
        };
    }

    private static UpstreamReplies.Reply json(int status, String body) {
        return new UpstreamReplies.Reply(status, JSON, Map.of(), body, List.of());
    }

    private static UpstreamReplies.Reply lines(List<String> lines) {
        return new UpstreamReplies.Reply(200, NDJSON, Map.of(), "", lines);
    }

    private static @Nullable String first(LoopbackHttp.Request call, String name) {
        List<String> values = call.headers().get(name);
        return values == null ? null : values.getFirst();
    }

    static JsonNode parse(String json) {
        try {
            return UpstreamStub.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String TAGS = """
            {"models":[{"name":"llama3.2:latest","model":"llama3.2:latest","modified_at":"2025-05-04T17:37:44.706015396-07:00","size":2019393189,"digest":"a80c4f17acd5","details":{"format":"gguf","family":"llama","parameter_size":"3.2B","quantization_level":"Q4_K_M"}},\
            {"name":"all-minilm:latest","model":"all-minilm:latest","modified_at":"2025-05-01T10:00:00Z","size":45960996,"digest":"1b226e2802db","details":{"format":"gguf","family":"bert"}}]}""";
    private static final String SHOW_LLAMA = """
            {"details":{"family":"llama"},"model_info":{"general.architecture":"llama","llama.context_length":131072},\
            "capabilities":["completion","tools"]}""";
    private static final String SHOW_EMBEDDER = """
            {"details":{"family":"bert"},"model_info":{"general.architecture":"bert","bert.context_length":512},\
            "capabilities":["embedding"]}""";
    private static final List<String> TOOL_STREAM = List.of("""
            {"model":"llama3.2","created_at":"2025-07-07T20:22:19.184789Z","message":{"role":"assistant","content":"","tool_calls":[{"function":{"name":"get_weather","arguments":{"city":"Tokyo","unit":"celsius"}}}]},"done":false}""", """
            {"model":"llama3.2","created_at":"2025-07-07T20:22:19.19314Z","message":{"role":"assistant","content":""},"done_reason":"stop","done":true,"total_duration":182242375,"load_duration":41295167,"prompt_eval_count":169,"prompt_eval_duration":24573166,"eval_count":15,"eval_duration":115959084}""");
    private static final String CHAT = """
            {"model":"llama3.2","created_at":"2023-12-12T14:13:43.416799Z","message":{"role":"assistant","content":"%s"},\
            "done_reason":"stop","done":true,"total_duration":5191566416,"prompt_eval_count":26,"eval_count":12}""".formatted(ANSWER);
    private static final String EMBED = """
            {"model":"all-minilm","embeddings":[[0.0023064255,-0.009327292,-0.0028842222]],"total_duration":14143917,\
            "load_duration":1019500,"prompt_eval_count":8}""";
    private static final List<String> PULL = List.of(
            "{\"status\":\"pulling manifest\"}",
            "{\"status\":\"pulling dde5aa3fc5ff\",\"digest\":\"" + LAYER
                    + "\",\"total\":2019377376,\"completed\":241970}",
            "{\"status\":\"verifying sha256 digest\"}",
            "{\"status\":\"writing manifest\"}",
            "{\"status\":\"success\"}");
}
