package dev.switchboard.adapters.providers.ollama;

import static dev.switchboard.adapters.providers.ollama.OllamaStubs.ndjson;
import static dev.switchboard.adapters.providers.ollama.OllamaStubs.response;
import static dev.switchboard.adapters.providers.ollama.OllamaStubs.sent;
import static dev.switchboard.adapters.providers.ollama.OllamaStubs.tree;
import static dev.switchboard.adapters.providers.ollama.OllamaStubs.value;
import static dev.switchboard.adapters.providers.testing.Contexts.anonymous;
import static dev.switchboard.adapters.providers.testing.Contexts.drain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ReasoningEffort;
import dev.switchboard.domain.chat.ResponseFormat;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.chat.ToolDefinition;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.embedding.EmbeddingInput;
import dev.switchboard.domain.embedding.EmbeddingRequest;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.provider.ModelProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the provider sends: each body against its golden JSON, field by field. */
class OllamaRequestGoldenTest {

    private static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
    private static final JsonValue WEATHER_PARAMETERS = value(
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"description\":\"The city to get the"
                    + " weather for\"}},\"required\":[\"city\"]}");

    private StubUpstream stub;
    private ModelProvider ollama;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        ollama = OllamaStubs.provider(stub);
        stub.on("/api/chat", ndjson("chat-text.ndjson"));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void a_chat_with_every_part_matches_the_golden_body_field_by_field() {
        drain(ollama.stream(everything(), anonymous()));

        JsonNode golden = tree(Replies.resource("ollama/requests/chat-full.json"));
        JsonNode body = sent(stub);
        var fields = new ArrayList<String>();
        golden.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) assertThat(body.get(field)).as(field).isEqualTo(golden.get(field));
        var sentFields = new ArrayList<String>();
        body.fieldNames().forEachRemaining(sentFields::add);
        assertThat(sentFields).containsExactlyElementsOf(fields);
        assertThat(stub.last().path()).isEqualTo("/api/chat");
        assertThat(stub.last().header("Accept")).isEqualTo("application/x-ndjson");
    }

    @Test
    void a_plain_whole_chat_sends_stream_false_and_no_options_of_its_own() {
        stub.on("/api/chat", response("chat-text.json"));
        var plain = new OllamaProviderFactory(name -> null)
                .create(dev.switchboard.adapters.providers.testing.Contexts.settings(
                        "plain", "ollama", "base_url", stub.base("/").toString()));

        plain.complete(ChatRequest.of("llama3.2", Message.user("hi")), anonymous());

        assertThat(sent(stub))
                .isEqualTo(tree("{\"model\":\"llama3.2\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
                        + "\"stream\":false}"));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "NONE, qwen3, false",
        "LOW, qwen3, true",
        "HIGH, deepseek-r1:8b, true",
        "MINIMAL, gpt-oss:20b, '\"low\"'",
        "MEDIUM, gpt-oss:20b, '\"medium\"'",
        "XHIGH, gpt-oss:120b, '\"high\"'"
    })
    void reasoning_effort_becomes_think(ReasoningEffort effort, String model, String think) {
        drain(ollama.stream(
                ChatRequest.builder(model)
                        .message(Message.user("hi"))
                        .reasoningEffort(effort)
                        .build(),
                anonymous()));

        assertThat(sent(stub).get("think")).isEqualTo(tree(think));
    }

    @Test
    void a_think_extension_is_sent_as_given_and_json_object_is_format_json() {
        drain(ollama.stream(
                ChatRequest.builder("gpt-oss:20b")
                        .message(Message.user("hi"))
                        .reasoningEffort(ReasoningEffort.HIGH)
                        .extension("think", JsonValue.of("low"))
                        .extension("top_k", JsonValue.Num.of(40))
                        .responseFormat(ResponseFormat.JSON_OBJECT)
                        .build(),
                anonymous()));

        JsonNode body = sent(stub);
        assertThat(body.get("think")).isEqualTo(tree("\"low\""));
        assertThat(body.get("format")).isEqualTo(tree("\"json\""));
        assertThat(body.at("/options/top_k").intValue()).isEqualTo(40);
    }

    @Test
    void tool_choice_none_sends_no_tools_and_a_named_function_only_that_one() {
        var time = ToolDefinition.function("get_time", "The time", value("{\"type\":\"object\"}"));
        var weather = ToolDefinition.function("get_weather", null, WEATHER_PARAMETERS);
        drain(ollama.stream(withTools(List.of(weather, time), ToolChoice.NONE), anonymous()));
        assertThat(sent(stub).has("tools")).isFalse();

        drain(ollama.stream(withTools(List.of(weather, time), new ToolChoice.Function("get_time")), anonymous()));
        assertThat(sent(stub).get("tools"))
                .isEqualTo(tree("[{\"type\":\"function\",\"function\":{\"name\":\"get_time\",\"description\":\"The"
                        + " time\",\"parameters\":{\"type\":\"object\"}}}]"));
    }

    @Test
    void a_generate_body_carries_prompt_suffix_options_and_keep_alive() {
        stub.on("/api/generate", response("generate.json"));
        var sampling = new Sampling(0.5, null, 64, 0.1, 0.2, List.of("END"), 7L, 1, null, null);
        var request = new CompletionRequest(
                "codellama", List.of("def add("), sampling, null, false, "return", null, Map.of());

        var answer = ollama.completeText(request, anonymous());

        assertThat(sent(stub))
                .isEqualTo(
                        tree(
                                "{\"model\":\"codellama\",\"prompt\":\"def add(\",\"suffix\":\"return\",\"options\":{"
                                        + "\"temperature\":0.5,\"seed\":7,\"presence_penalty\":0.1,\"frequency_penalty\":0.2,"
                                        + "\"stop\":[\"END\"],\"num_predict\":64,\"num_ctx\":8192},\"keep_alive\":\"5m\",\"stream\":false}"));
        assertThat(answer.choices().getFirst().text()).isEqualTo("The sky is blue because it is the color of the sky.");
    }

    @Test
    void an_embed_body_batches_every_input_with_the_dimensions() {
        stub.on("/api/embed", response("embed.json"));
        var request = new EmbeddingRequest(
                "all-minilm",
                new EmbeddingInput.Texts(List.of("Why is the sky blue?", "Why is the grass green?")),
                384,
                null,
                Map.of());

        ollama.embed(request, anonymous());

        assertThat(sent(stub))
                .isEqualTo(tree("{\"model\":\"all-minilm\",\"input\":[\"Why is the sky blue?\",\"Why is the grass"
                        + " green?\"],\"dimensions\":384,\"options\":{\"num_ctx\":8192},\"keep_alive\":\"5m\"}"));
    }

    private static ChatRequest withTools(List<ToolDefinition> tools, ToolChoice choice) {
        return ChatRequest.builder("llama3.2")
                .message(Message.user("hi"))
                .tools(tools)
                .toolChoice(choice)
                .build();
    }

    private static ChatRequest everything() {
        var user = Message.user(List.of(
                ContentPart.text("what is the weather in tokyo?"),
                ContentPart.text("and in this picture?"),
                ContentPart.image("data:image/png;base64," + PNG)));
        var call = new Message.AssistantMessage(
                "", null, List.of(new ToolCall("call_1", "get_weather", "{\"city\": \"Tokyo\"}")), "Look it up.", null);
        return ChatRequest.builder("llama3.2")
                .messages(List.of(
                        Message.system("You are terse."),
                        Message.developer("Answer in English."),
                        user,
                        call,
                        Message.tool("call_1", "22°C")))
                .tools(List.of(
                        ToolDefinition.function("get_weather", "Get the weather in a given city", WEATHER_PARAMETERS)))
                .responseFormat(new ResponseFormat.JsonSchema(
                        "answer",
                        null,
                        value("{\"type\":\"object\",\"properties\":{\"answer\":{\"type\":\"string\"}}}"),
                        true))
                .reasoningEffort(ReasoningEffort.NONE)
                .sampling(new Sampling(0.2, 0.9, 256, null, null, List.of("\n\n"), 42L, null, null, null))
                .build();
    }
}
