package dev.switchboard.adapters.providers.openai;

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
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The domain requests whose wire form the golden files under {@code openai/requests} hold, one per feature. */
final class GoldenRequests {

    private GoldenRequests() {}

    static ChatRequest text() {
        return ChatRequest.of("gpt-4o", Message.system("You are terse."), Message.user("Hello!"));
    }

    static ChatRequest tools() {
        return ChatRequest.builder("gpt-4o")
                .message(Message.user("Weather in Paris and Boston?"))
                .message(Message.assistant(List.of(
                        new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"),
                        new ToolCall("call_2", "get_weather", "{\"city\":\"Boston\"}"))))
                .message(Message.tool("call_1", "{\"celsius\":21}"))
                .message(Message.tool("call_2", "{\"celsius\":17}"))
                .tools(List.of(new ToolDefinition("get_weather", "The current weather in a city", citySchema(), true)))
                .toolChoice(new ToolChoice.Function("get_weather"))
                .parallelToolCalls(true)
                .build();
    }

    static ChatRequest vision() {
        return ChatRequest.of(
                "gpt-4o",
                Message.user(List.of(
                        ContentPart.text("What is in these pictures?"),
                        new ContentPart.Image("https://example.com/cat.png", "high"),
                        ContentPart.image("data:image/png;base64,iVBORw0KGgo="),
                        new ContentPart.Audio("UklGRg==", "wav"))));
    }

    static ChatRequest responseFormat() {
        var schema = object(
                "type", JsonValue.of("object"),
                "properties",
                        object(
                                "name", object("type", JsonValue.of("string")),
                                "age", object("type", JsonValue.of("integer"), "minimum", JsonValue.Num.of(0))),
                "required", new JsonValue.Arr(List.of(JsonValue.of("name"), JsonValue.of("age"))));
        return ChatRequest.builder("gpt-4o")
                .message(Message.user("Give me a person."))
                .toolChoice(ToolChoice.NONE)
                .responseFormat(new ResponseFormat.JsonSchema("person", "A person", schema, true))
                .build();
    }

    static ChatRequest jsonMode() {
        return ChatRequest.builder("gpt-4o")
                .message(Message.user("Answer in JSON."))
                .toolChoice(ToolChoice.AUTO)
                .responseFormat(ResponseFormat.JSON_OBJECT)
                .build();
    }

    static ChatRequest reasoning() {
        return ChatRequest.builder("gpt-4o")
                .message(Message.developer("Think first."))
                .message(Message.user("What is 17 * 23?"))
                .sampling(new Sampling(null, null, 2048, null, null, List.of(), null, null, null, null))
                .reasoningEffort(ReasoningEffort.HIGH)
                .build();
    }

    static ChatRequest sampling() {
        return ChatRequest.builder("gpt-4o")
                .message(new Message.UserMessage(List.of(ContentPart.text("Hi")), "ana"))
                .sampling(new Sampling(0.7, 0.9, 100, 0.5, -0.5, List.of("\n\n", "END"), 42L, 2, true, 3))
                .tools(List.of(ToolDefinition.function("noop", null, object("type", JsonValue.of("object")))))
                .toolChoice(ToolChoice.REQUIRED)
                .user("user-1234")
                .metadata(Map.of("team", "search"))
                .build();
    }

    static ChatRequest extensions() {
        return ChatRequest.builder("gpt-4o")
                .message(Message.user("Hi"))
                .sampling(new Sampling(null, null, null, null, null, List.of("STOP"), null, null, null, null))
                .extension("top_k", JsonValue.Num.of(40))
                .extension("repetition_penalty", new JsonValue.Num(new BigDecimal("1.1")))
                .extension("chat_template_kwargs", object("enable_thinking", new JsonValue.Bool(false)))
                .extension("service_tier", JsonValue.of("flex"))
                .extension("prediction", JsonValue.NULL)
                .build();
    }

    static ChatRequest stream() {
        return ChatRequest.of("gpt-4o", Message.user("Hello!"));
    }

    static CompletionRequest completion() {
        var sampling = new Sampling(0.0, null, 7, null, null, List.of(), null, null, null, null);
        return new CompletionRequest(
                "gpt-3.5-turbo-instruct",
                List.of("Say this is a test", "Say it twice"),
                sampling,
                2,
                true,
                "!",
                "user-1234",
                Map.of());
    }

    static CompletionRequest completionStream() {
        return new CompletionRequest(
                "gpt-3.5-turbo-instruct",
                List.of("Say this is a test"),
                Sampling.DEFAULTS,
                null,
                null,
                null,
                null,
                Map.of("best_of", JsonValue.Num.of(2)));
    }

    static EmbeddingRequest embeddings() {
        return new EmbeddingRequest(
                "text-embedding-3-small",
                new EmbeddingInput.Texts(List.of("The food was delicious", "and the waiter was kind")),
                256,
                "user-1234",
                Map.of());
    }

    static EmbeddingRequest embeddingTokens() {
        return new EmbeddingRequest(
                "text-embedding-3-small",
                new EmbeddingInput.Tokens(List.of(List.of(1820, 25977, 574), List.of(4))),
                null,
                null,
                Map.of());
    }

    private static JsonValue citySchema() {
        return object(
                "type",
                JsonValue.of("object"),
                "properties",
                object("city", object("type", JsonValue.of("string"))),
                "required",
                new JsonValue.Arr(List.of(JsonValue.of("city"))),
                "additionalProperties",
                new JsonValue.Bool(false));
    }

    private static JsonValue object(Object... namesAndValues) {
        var fields = new LinkedHashMap<String, JsonValue>();
        for (int i = 0; i < namesAndValues.length; i += 2)
            fields.put((String) namesAndValues[i], (JsonValue) namesAndValues[i + 1]);
        return new JsonValue.Obj(fields);
    }
}
