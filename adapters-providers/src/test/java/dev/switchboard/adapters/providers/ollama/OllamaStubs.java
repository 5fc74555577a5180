package dev.switchboard.adapters.providers.ollama;

import static dev.switchboard.adapters.providers.testing.Contexts.settings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.openai.wire.JsonValues;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The Ollama provider over a loopback stub, and the fixtures' NDJSON and JSON, for the tests of this package. */
final class OllamaStubs {

    private OllamaStubs() {}

    /** A provider named {@code local} on the stub, with {@code keep_alive: 5m} and {@code num_ctx: 8192}. */
    static ModelProvider provider(StubUpstream stub) {
        return new OllamaProviderFactory(name -> null)
                .create(settings(
                        "local",
                        "ollama",
                        "base_url",
                        stub.base("").toString(),
                        "keep_alive",
                        "5m",
                        "num_ctx",
                        "8192"));
    }

    /** A whole NDJSON answer from a fixture under {@code ollama/streams/}. */
    static StubUpstream.Reply ndjson(String file) {
        return Replies.text(200, "application/x-ndjson", Replies.resource("ollama/streams/" + file));
    }

    /** A whole JSON answer from a fixture under {@code ollama/responses/}. */
    static StubUpstream.Reply response(String file) {
        return Replies.json(200, Replies.resource("ollama/responses/" + file));
    }

    /** The lines of a stream fixture, each with its newline. */
    static List<String> lines(String file) {
        return Replies.resource("ollama/streams/" + file)
                .lines()
                .map(line -> line + "\n")
                .toList();
    }

    static JsonNode tree(String json) {
        return ProviderJson.tree(json.getBytes(StandardCharsets.UTF_8), "test JSON");
    }

    static JsonNode sent(StubUpstream stub) {
        return ProviderJson.tree(stub.last().body(), "sent body");
    }

    static JsonValue value(String json) {
        return JsonValues.fromNode(tree(json));
    }
}
