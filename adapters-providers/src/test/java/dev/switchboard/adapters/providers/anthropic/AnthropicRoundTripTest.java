package dev.switchboard.adapters.providers.anthropic;

import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.json;
import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static dev.switchboard.adapters.providers.testing.Replies.sse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.openai.wire.ChatRequestReader;
import dev.switchboard.openai.wire.ChatResponseWriter;
import dev.switchboard.openai.wire.ChunkWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A multi-turn conversation with tools and thinking, as an OpenAI client holds it: the first answer goes out through
 * the wire codec, the client sends it back with the tool's result, and the next Messages API request carries the
 * assistant turn's blocks exactly as the upstream gave them, thinking signatures included.
 */
class AnthropicRoundTripTest {

    private static final String FIRST_TURN = """
            {"model":"claude-sonnet-4-5","reasoning_effort":"low","max_tokens":4000,
             "messages":[{"role":"user","content":"What's the weather in Florence, Italy?"}],
             "tools":[{"type":"function","function":{"name":"weather","parameters":{"type":"object",
               "properties":{"location":{"type":"string"}},"required":["location"]}}}]}""";

    private StubUpstream stub;
    private ModelProvider anthropic;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        anthropic = new AnthropicProviderFactory()
                .create(settings(
                        "claude", "anthropic", "base_url", stub.base("").toString()));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void a_whole_answer_with_thinking_and_a_tool_call_goes_back_unchanged() {
        stub.on("/v1/messages", json(200, resource("anthropic/responses/thinking-tool-use.json")));
        var answer = anthropic.complete(request(FIRST_TURN), withKey());
        JsonNode message = tree(ChatResponseWriter.write(answer)).at("/choices/0/message");

        stub.on("/v1/messages", json(200, resource("anthropic/responses/text.json")));
        anthropic.complete(request(nextTurn(message)), withKey());

        JsonNode upstream = tree(resource("anthropic/responses/thinking-tool-use.json"));
        assertThat(sentAssistantTurn()).isEqualTo(upstream.get("content"));
        assertThat(message.get("reasoning_content").textValue())
                .isEqualTo("The user asks for the weather in Florence, Italy.");
    }

    @Test
    void a_streamed_answer_rebuilt_from_its_chunks_goes_back_unchanged() {
        stub.on("/v1/messages", sse(resource("anthropic/streams/thinking-tool-use.sse")));
        var writer = ChunkWriter.chat("chatcmpl-1", 1_700_000_000L, "claude", true);
        var rebuilt = new Rebuilt();
        try (var stream = anthropic.stream(request(FIRST_TURN), withKey())) {
            for (ChatEvent event : stream) writer.write(event).forEach(rebuilt::read);
        }

        stub.on("/v1/messages", json(200, resource("anthropic/responses/text.json")));
        anthropic.complete(request(nextTurn(rebuilt.message())), withKey());

        assertThat(sentAssistantTurn()).isEqualTo(tree("""
                [{"type":"thinking","thinking":"The user asks for the weather in Florence, Italy.",
                  "signature":"EsQDCkYICBgCKkBr9+FTcKs+la0OlmRVB4HF/bTERKj+hr9pp9uxwdet2=="},
                 {"type":"redacted_thinking","data":"%s"},
                 {"type":"tool_use","id":"toolu_0171KFcBwn1Z64XzvQfz3sZS","name":"weather",
                  "input":{"location":"Florence, Italy"}}]""".formatted(AnthropicRequests.REDACTED)));
    }

    /** What a client keeps of a streamed turn: the whole thinking blocks and each call's id, name and arguments. */
    private static final class Rebuilt {
        private final ArrayNode blocks = ProviderJson.MAPPER.createArrayNode();
        private final Map<Integer, ObjectNode> calls = new TreeMap<>();

        void read(byte[] event) {
            String data = new String(event, StandardCharsets.UTF_8)
                    .substring("data: ".length())
                    .strip();
            JsonNode delta = tree(data).at("/choices/0/delta");
            delta.path("thinking_blocks").forEach(blocks::add);
            for (JsonNode fragment : delta.path("tool_calls")) {
                ObjectNode call = calls.computeIfAbsent(fragment.get("index").intValue(), i -> ProviderJson.object());
                if (fragment.has("id")) {
                    call.put("id", fragment.get("id").textValue()).put("type", "function");
                    call.putObject("function")
                            .put("name", fragment.at("/function/name").textValue())
                            .put("arguments", "");
                }
                ObjectNode function = (ObjectNode) call.get("function");
                function.put(
                        "arguments",
                        function.get("arguments").textValue()
                                + fragment.at("/function/arguments").textValue());
            }
        }

        JsonNode message() {
            ObjectNode message = ProviderJson.object().put("role", "assistant").putNull("content");
            calls.values().forEach(message.putArray("tool_calls")::add);
            message.set("thinking_blocks", blocks);
            return message;
        }
    }

    private static String nextTurn(JsonNode assistant) {
        ObjectNode next = (ObjectNode) tree(FIRST_TURN);
        ArrayNode messages = (ArrayNode) next.get("messages");
        messages.add(assistant);
        messages.addObject()
                .put("role", "tool")
                .put("tool_call_id", "toolu_0171KFcBwn1Z64XzvQfz3sZS")
                .put("content", "40 C");
        return next.toString();
    }

    private JsonNode sentAssistantTurn() {
        JsonNode sent = tree(stub.last().text());
        assertThat(sent.at("/messages/2/content/0/tool_use_id").textValue())
                .isEqualTo("toolu_0171KFcBwn1Z64XzvQfz3sZS");
        assertThat(sent.at("/messages/1/role").textValue()).isEqualTo("assistant");
        return sent.at("/messages/1/content");
    }

    private static ChatRequest request(String body) {
        return ChatRequestReader.read(body.getBytes(StandardCharsets.UTF_8)).request();
    }

    private static JsonNode tree(byte[] json) {
        return ProviderJson.tree(json, "test JSON");
    }

    private static JsonNode tree(String json) {
        return tree(json.getBytes(StandardCharsets.UTF_8));
    }
}
