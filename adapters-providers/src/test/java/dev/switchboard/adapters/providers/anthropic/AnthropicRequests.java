package dev.switchboard.adapters.providers.anthropic;

import static dev.switchboard.adapters.providers.testing.Replies.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ReasoningBlock;
import dev.switchboard.domain.chat.ReasoningEffort;
import dev.switchboard.domain.chat.ResponseFormat;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.chat.ToolDefinition;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.openai.wire.JsonValues;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The requests of the golden files under {@code anthropic/requests}, one per mapping rule, and the comparison. */
final class AnthropicRequests {

    static final String MODEL = "claude-sonnet-4-5";
    static final String SIGNATURE = "EsQDCkYICBgCKkBr9+FTcKs+la0OlmRVB4HF/bTERKj+hr9pp9uxwdet2==";
    static final String REDACTED =
            "EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpPkNRj2YfWXGmKDxH4mPnZ5sQ7vB5URj";
    static final ToolDefinition WEATHER = ToolDefinition.function(
            "get_weather",
            "Get the current weather",
            json(
                    "{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"}},\"required\":[\"location\"]}"));

    private AnthropicRequests() {}

    static JsonValue json(String text) {
        return JsonValues.fromNode(ProviderJson.tree(text.getBytes(StandardCharsets.UTF_8), "test JSON"));
    }

    /** The body, as sent, equals the golden file as a tree: key order aside, numbers as written. */
    static void assertGolden(JsonNode body, String golden) {
        JsonNode sent = ProviderJson.tree(ProviderJson.bytes(body), "body");
        String expected = resource("anthropic/requests/" + golden);
        assertThat(sent).isEqualTo(ProviderJson.tree(expected.getBytes(StandardCharsets.UTF_8), golden));
    }

    static ChatRequest systemLifted() {
        return ChatRequest.of(
                MODEL, Message.system("Be brief."), Message.user("Bonjour"), Message.developer("Answer in French."));
    }

    static ChatRequest sameRoleMerged() {
        return ChatRequest.of(
                MODEL,
                Message.user("one"),
                Message.user(List.of(ContentPart.text(""), ContentPart.text("two"))),
                Message.assistant("three"),
                Message.assistant("four  \n"));
    }

    static ChatRequest startsWithAssistant() {
        return ChatRequest.of(
                MODEL,
                Message.system("Greet first."),
                Message.assistant("Hello! How can I help?"),
                Message.user("What's the weather?"));
    }

    static ChatRequest toolLoop() {
        var calls = List.of(
                new ToolCall("call_1", "get_weather", "{\"location\": \"Paris\", \"days\": 1.50}"),
                new ToolCall("call_2", "get_time", ""));
        return ChatRequest.builder(MODEL)
                .message(Message.user("Weather in Paris, and the time?"))
                .message(new Message.AssistantMessage("Checking.", null, calls, null, null))
                .message(Message.tool("call_1", "18 C"))
                .message(Message.tool("call_2", "14:05"))
                .message(Message.user("Thanks! And tomorrow?"))
                .tools(List.of(WEATHER, new ToolDefinition("get_time", null, JsonValue.emptyObject(), null)))
                .toolChoice(ToolChoice.AUTO)
                .parallelToolCalls(false)
                .build();
    }

    static ChatRequest vision() {
        return ChatRequest.of(
                MODEL,
                Message.user(List.of(
                        ContentPart.text("What is in these?"),
                        ContentPart.image(
                                "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPh"
                                        + "fDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
                        new ContentPart.Image(
                                "https://upload.wikimedia.org/wikipedia/commons/a/a7/Camponotus_flavomarginatus_ant.jpg",
                                "high"),
                        ContentPart.image("data:application/pdf;base64,JVBERi0xLjQK"))));
    }

    static ChatRequest sampling() {
        return ChatRequest.builder(MODEL)
                .message(Message.user("Hi"))
                .sampling(new Sampling(0.5, 0.9, 512, 0.5, 0.2, List.of("\n\nHuman:", "END"), 7L, 1, true, 2))
                .user("user-123")
                .metadata(java.util.Map.of("tag", "left out"))
                .extension("top_k", JsonValue.Num.of(40))
                .extension("service_tier", JsonValue.of("auto"))
                .extension("anthropic_beta", JsonValue.of("token-efficient-tools-2025-02-19"))
                .build();
    }

    static ChatRequest thinkingEffort() {
        return ChatRequest.builder(MODEL)
                .message(Message.user("Prove that there are infinitely many primes."))
                .reasoningEffort(ReasoningEffort.MEDIUM)
                .build();
    }

    static ChatRequest thinkingPassthrough() {
        return ChatRequest.builder(MODEL)
                .message(Message.user("Prove that there are infinitely many primes."))
                .sampling(withMaxTokens(3000, 1.0))
                .reasoningEffort(ReasoningEffort.HIGH)
                .extension("thinking", json("{\"type\":\"enabled\",\"budget_tokens\":2000,\"display\":\"summarized\"}"))
                .build();
    }

    static ChatRequest thinkingBlocksSentBack() {
        var call = new ToolCall("toolu_0171KFcBwn1Z64XzvQfz3sZS", "weather", "{\"location\":\"Florence, Italy\"}");
        var blocks = List.<ReasoningBlock>of(
                new ReasoningBlock.Thinking("The user asks for the weather in Florence, Italy.", SIGNATURE),
                new ReasoningBlock.Thinking("Unsigned thoughts cannot go back.", null),
                new ReasoningBlock.Redacted(REDACTED));
        return ChatRequest.builder(MODEL)
                .message(Message.user("What's the weather in Florence, Italy?"))
                .message(new Message.AssistantMessage(null, null, List.of(call), "ignored", null, blocks))
                .message(Message.tool(call.id(), "40 C"))
                .tools(List.of(ToolDefinition.function(
                        "weather",
                        "Get weather information for a location",
                        json("{\"type\":\"object\",\"properties\":{\"location\":{\"type\":\"string\"}},"
                                + "\"required\":[\"location\"]}"))))
                .sampling(withMaxTokens(4000, null))
                .reasoningEffort(ReasoningEffort.LOW)
                .build();
    }

    static ChatRequest responseFormatSchema() {
        var schema = json("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},"
                + "\"population\":{\"type\":\"integer\"}},\"required\":[\"city\"]}");
        return ChatRequest.builder(MODEL)
                .message(Message.user("Tell me about Paris."))
                .responseFormat(new ResponseFormat.JsonSchema("city_info", "Facts about a city", schema, true))
                .build();
    }

    static ChatRequest responseFormatObject() {
        return ChatRequest.builder(MODEL)
                .message(Message.user("Weather in Paris, as JSON."))
                .tools(List.of(WEATHER))
                .responseFormat(ResponseFormat.JSON_OBJECT)
                .build();
    }

    static ChatRequest counted() {
        return ChatRequest.builder(MODEL)
                .message(Message.system("Be brief."))
                .message(Message.user("Weather in Paris?"))
                .tools(List.of(WEATHER))
                .toolChoice(ToolChoice.AUTO)
                .sampling(withMaxTokens(5000, null))
                .reasoningEffort(ReasoningEffort.LOW)
                .user("user-123")
                .build();
    }

    static Sampling withMaxTokens(Integer maxTokens, Double temperature) {
        return new Sampling(temperature, null, maxTokens, null, null, List.of(), null, null, null, null);
    }
}
