package dev.switchboard.adapters.providers.anthropic;

import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static dev.switchboard.adapters.providers.testing.Replies.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.openai.wire.ChunkWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An Anthropic stream as the client sees it: the events the adapter decodes, written by the wire codec's
 * {@link ChunkWriter}, equal the golden {@code chat.completion.chunk} streams under {@code anthropic/chunks}.
 */
class AnthropicChunksTest {

    private static final ChatRequest REQUEST = ChatRequest.of("claude-sonnet-4-5", Message.user("hi"));

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
    void a_streamed_tool_call_reaches_the_client_as_openai_tool_call_chunks() {
        assertChunks("tool-use.sse");
    }

    @Test
    void thinking_with_tool_use_reaches_the_client_with_reasoning_and_whole_thinking_blocks() {
        assertChunks("thinking-tool-use.sse");
    }

    @Test
    void a_mid_stream_error_leaves_only_the_chunks_before_it_and_no_done() {
        stub.on("/v1/messages", sse(resource("anthropic/streams/error-overloaded.sse")));
        var writer = ChunkWriter.chat("placeholder", 1_700_000_000L, "placeholder", true);
        var written = new ArrayList<String>();

        try (var stream = anthropic.stream(REQUEST, withKey())) {
            assertThatThrownBy(() -> stream.forEach(event -> written.addAll(texts(writer.write(event)))))
                    .isInstanceOf(ProviderException.class);
        }

        assertThat(written).hasSize(2).noneMatch(chunk -> chunk.contains("[DONE]"));
        assertThat(written.get(1)).contains("\"delta\":{\"content\":\"Partial\"}");
    }

    private void assertChunks(String file) {
        stub.on("/v1/messages", sse(resource("anthropic/streams/" + file)));
        var writer = ChunkWriter.chat("placeholder", 1_700_000_000L, "placeholder", true);
        var written = new StringBuilder();
        try (var stream = anthropic.stream(REQUEST, withKey())) {
            for (ChatEvent event : stream) texts(writer.write(event)).forEach(written::append);
        }
        written.append(new String(ChunkWriter.DONE, StandardCharsets.UTF_8));

        List<String> actual = events(written.toString());
        List<String> expected = events(resource("anthropic/chunks/" + file));
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(payload(actual.get(i))).as("chunk %d", i).isEqualTo(payload(expected.get(i)));
        }
    }

    private static List<String> events(String sse) {
        assertThat(sse).endsWith("\n\n");
        return Arrays.stream(sse.split("\n\n")).toList();
    }

    /** The chunk's JSON as a tree, or the {@code [DONE]} line as it is. */
    private static Object payload(String event) {
        assertThat(event).startsWith("data: ");
        String data = event.substring("data: ".length());
        if (data.equals("[DONE]")) return data;
        JsonNode tree = ProviderJson.tree(data.getBytes(StandardCharsets.UTF_8), "chunk");
        return tree;
    }

    private static List<String> texts(List<byte[]> events) {
        return events.stream()
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .toList();
    }
}
