package dev.switchboard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A loopback Anthropic upstream: {@code GET /v1/models} and {@code POST /v1/messages}, answered with
 * {@link AnthropicReplies}. Every request must carry a known key in {@code x-api-key}, {@code anthropic-version:
 * 2023-06-01} and an {@code X-Request-ID}; with the {@code claude} provider's key, also the configured beta and
 * static header. A request without them gets Anthropic's 401. The second turn of the tool conversation must send
 * back the thinking blocks unchanged and first in the assistant turn, then the tool call with its input as an object,
 * and the tool's result in a user turn, or it gets a 400, as from the real API. Each refused request is listed in
 * {@link #takeProblems()}.
 */
final class AnthropicUpstream implements AutoCloseable {

    static final String KEY = "sk-ant-e2e-primary-0123456789";
    static final String LIMITED_KEY = "sk-ant-e2e-limited-0123456789";
    static final String VERSION = "2023-06-01";
    static final String BETA = "interleaved-thinking-2025-05-14";
    static final String TEAM_HEADER = "X-Team";
    static final String TEAM = "switchboard-e2e";

    private final List<LoopbackHttp.Request> calls = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private @Nullable LoopbackHttp server;

    private AnthropicUpstream() {}

    static AnthropicUpstream start() throws IOException {
        var upstream = new AnthropicUpstream();
        upstream.server = LoopbackHttp.start(upstream::serve);
        return upstream;
    }

    /** The base URL, such as {@code http://127.0.0.1:41234}, without {@code /v1}. */
    String root() {
        return "http://127.0.0.1:" + Objects.requireNonNull(server).port();
    }

    /** The last {@code POST /v1/messages} for {@code model}. */
    LoopbackHttp.Request lastMessages(String model) {
        return calls.reversed().stream()
                .filter(call -> call.path().equals("/v1/messages"))
                .filter(call -> json(call).path("model").asText().equals(model))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no POST /v1/messages for " + model));
    }

    /** How many requests reached {@code path}. */
    long count(String path) {
        return calls.stream().filter(call -> call.path().equals(path)).count();
    }

    /** What the gateway sent wrong since the last call, one line per request; the lines are forgotten. */
    List<String> takeProblems() {
        List<String> taken = List.copyOf(problems);
        problems.removeAll(taken);
        return taken;
    }

    static JsonNode json(LoopbackHttp.Request call) {
        try {
            return call.body().isEmpty()
                    ? UpstreamStub.JSON.createObjectNode()
                    : UpstreamStub.JSON.readTree(call.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static @Nullable String header(LoopbackHttp.Request call, String name) {
        List<String> values = call.headers().get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null ? null : values.getFirst();
    }

    @Override
    public void close() throws IOException {
        if (server != null) server.close();
    }

    private UpstreamReplies.Reply serve(LoopbackHttp.Request call) {
        calls.add(call);
        List<String> wrong = headerProblems(call);
        if (!wrong.isEmpty()) return refuse(call, wrong, 401, "authentication_error");
        if (call.method().equals("GET") && call.path().equals("/v1/models")) return AnthropicReplies.models();
        if (!call.method().equals("POST") || !call.path().equals("/v1/messages")) {
            return AnthropicReplies.error(404, "not_found_error", "The requested resource could not be found.");
        }
        JsonNode body = json(call);
        return switch (body.path("model").asText()) {
            case AnthropicReplies.OVERLOADED -> AnthropicReplies.overloadedMidStream();
            case AnthropicReplies.BUSY -> AnthropicReplies.rateLimited();
            default -> conversation(call, body);
        };
    }

    private UpstreamReplies.Reply conversation(LoopbackHttp.Request call, JsonNode body) {
        if (!body.path("stream").asBoolean(false)) return AnthropicReplies.description();
        if (!body.findValuesAsText("type").contains("tool_result")) return AnthropicReplies.toolTurn();
        List<String> wrong = secondTurnProblems(body.path("messages"));
        return wrong.isEmpty() ? AnthropicReplies.answerTurn() : refuse(call, wrong, 400, "invalid_request_error");
    }

    private UpstreamReplies.Reply refuse(LoopbackHttp.Request call, List<String> wrong, int status, String type) {
        String problem = call.method() + " " + call.path() + ": " + String.join("; ", wrong);
        problems.add(problem);
        return AnthropicReplies.error(status, type, "stub: " + problem);
    }

    private static List<String> headerProblems(LoopbackHttp.Request call) {
        var wrong = new ArrayList<String>();
        String key = header(call, "x-api-key");
        if (!KEY.equals(key) && !LIMITED_KEY.equals(key)) wrong.add("x-api-key is not a configured key");
        if (!VERSION.equals(header(call, "anthropic-version"))) wrong.add("anthropic-version is not " + VERSION);
        String requestId = header(call, "X-Request-ID");
        if (requestId == null || requestId.isBlank()) wrong.add("no X-Request-ID");
        if (header(call, "Authorization") != null) wrong.add("an Authorization header reached Anthropic");
        if (KEY.equals(key)) {
            if (!BETA.equals(header(call, "anthropic-beta"))) wrong.add("anthropic-beta is not " + BETA);
            if (!TEAM.equals(header(call, TEAM_HEADER))) wrong.add("the static header " + TEAM_HEADER + " is missing");
        }
        return wrong;
    }

    /** What the API itself insists on when a tool loop with thinking goes on. */
    private static List<String> secondTurnProblems(JsonNode messages) {
        var wrong = new ArrayList<String>();
        if (!messages.path(1).path("role").asText().equals("assistant")
                || !messages.path(1).path("content").equals(assistantTurn())) {
            wrong.add("messages.1.content: expected the thinking blocks unchanged and first, then the tool_use");
        }
        if (!messages.path(2).path("role").asText().equals("user")
                || !messages.path(2).path("content").equals(toolResults())) {
            wrong.add("messages.2.content: expected the tool_result for " + AnthropicReplies.TOOL_ID);
        }
        return wrong;
    }

    /** The thinking block with its signature and the redacted block, as clients get them and send them back. */
    static ArrayNode thinkingBlocks() {
        String blocks = """
                [{"type":"thinking","thinking":"%s","signature":"%s"},{"type":"redacted_thinking","data":"%s"}]""";
        return (ArrayNode) parse(
                blocks.formatted(AnthropicReplies.THINKING, AnthropicReplies.SIGNATURE, AnthropicReplies.REDACTED));
    }

    /** The assistant turn of the tool loop as sent back: the thinking blocks, then the call with its input object. */
    static ArrayNode assistantTurn() {
        String use = "{\"type\":\"tool_use\",\"id\":\"%s\",\"name\":\"%s\",\"input\":%s}";
        return thinkingBlocks()
                .add(parse(use.formatted(
                        AnthropicReplies.TOOL_ID, AnthropicReplies.TOOL_NAME, AnthropicReplies.ARGUMENTS)));
    }

    static JsonNode toolResults() {
        String blocks = "[{\"type\":\"tool_result\",\"tool_use_id\":\"%s\",\"content\":\"%s\"}]";
        return parse(blocks.formatted(AnthropicReplies.TOOL_ID, AnthropicReplies.TOOL_RESULT));
    }

    static JsonNode parse(String json) {
        try {
            return UpstreamStub.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
