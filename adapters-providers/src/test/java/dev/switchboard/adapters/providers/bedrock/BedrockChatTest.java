package dev.switchboard.adapters.providers.bedrock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.adapters.providers.testing.Replies;
import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ReasoningBlock;
import dev.switchboard.domain.chat.ReasoningEffort;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.chat.ToolDefinition;
import dev.switchboard.domain.chat.Usage;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.telemetry.TraceParent;
import dev.switchboard.openai.wire.JsonValues;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BedrockChatTest {

    private static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private final StubUpstream stub = StubUpstream.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void sends_the_converse_request_field_by_field_and_reads_reasoning_text_and_tool_use() {
        stub.on(BedrockWire.CONVERSE, BedrockWire.json(Replies.resource("bedrock/converse-response.json")));

        var response = BedrockWire.provider(stub).complete(toolLoop(), BedrockWire.withKeys());

        JsonNode sent = ProviderJson.tree(stub.last().body(), "request");
        JsonNode golden = ProviderJson.tree(
                Replies.resource("bedrock/converse-request.json").getBytes(StandardCharsets.UTF_8), "golden");
        assertThat(sent).isEqualTo(golden);
        assertThat(stub.last().method()).isEqualTo("POST");
        var message = response.message();
        assertThat(message.content()).isEqualTo("Let me check the weather.");
        assertThat(message.reasoning()).isEqualTo("The user wants the weather...");
        assertThat(message.reasoningBlocks())
                .containsExactly(new ReasoningBlock.Thinking("The user wants the weather...", "ErUBCkYIBBgCIkA..."));
        assertThat(message.toolCalls())
                .containsExactly(new ToolCall("tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "get_weather", "{\"city\":\"Paris\"}"));
        assertThat(response.choices().getFirst().finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(response.usage()).isEqualTo(Usage.of(412, 58));
        assertThat(response.model()).isEqualTo(BedrockWire.MODEL);
    }

    @Test
    void signs_with_sigv4_for_the_region_and_the_bedrock_service_and_encodes_the_model_id() {
        stub.on(BedrockWire.CONVERSE, BedrockWire.json(Replies.resource("bedrock/converse-response.json")));

        var parent = new TraceParent("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", true);
        BedrockWire.provider(stub)
                .complete(
                        ChatRequest.of(BedrockWire.MODEL, Message.user("hi")),
                        BedrockWire.withKeys().withTraceParent(parent));

        assertThat(stub.last().header("traceparent")).isEqualTo(parent.header());
        String authorization = stub.last().header("Authorization");
        assertThat(authorization)
                .startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
                .contains("/us-east-1/bedrock/aws4_request")
                .contains("SignedHeaders=")
                .contains("Signature=");
        assertThat(stub.last().header("X-Amz-Date")).matches("\\d{8}T\\d{6}Z");
        assertThat(stub.last().header("X-Request-ID")).isEqualTo("req-42");
        assertThat(stub.last().text()).doesNotContain("modelId");
    }

    @Test
    void maps_stop_reasons_to_finish_reasons() {
        for (var row : List.of(
                List.of("end_turn", "STOP"),
                List.of("stop_sequence", "STOP"),
                List.of("max_tokens", "LENGTH"),
                List.of("model_context_window_exceeded", "LENGTH"),
                List.of("tool_use", "TOOL_CALLS"),
                List.of("guardrail_intervened", "CONTENT_FILTER"),
                List.of("content_filtered", "CONTENT_FILTER"))) {
            assertThat(BedrockResponses.finishReason(row.get(0)))
                    .as(row.get(0))
                    .isEqualTo(FinishReason.valueOf(row.get(1)));
        }
    }

    @Test
    void refuses_an_image_link_with_a_clear_message_and_no_call() {
        var request = ChatRequest.of(
                BedrockWire.MODEL,
                Message.user(
                        List.of(ContentPart.text("what is this?"), ContentPart.image("https://example.com/cat.png"))));

        assertThatThrownBy(() -> BedrockWire.provider(stub).complete(request, BedrockWire.withKeys()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isInstanceOf(ProviderFailure.InvalidRequest.class);
                    assertThat(e.failure().message())
                            .contains("messages[0].content[1]")
                            .contains("base64 data URL");
                });
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void tool_choice_none_leaves_the_tools_out_and_required_becomes_any() {
        stub.on(BedrockWire.CONVERSE, BedrockWire.json(Replies.resource("bedrock/converse-response.json")));
        var provider = BedrockWire.provider(stub);

        provider.complete(withTools(ToolChoice.NONE), BedrockWire.withKeys());
        JsonNode none = ProviderJson.tree(stub.last().body(), "request");
        provider.complete(withTools(ToolChoice.REQUIRED), BedrockWire.withKeys());
        JsonNode required = ProviderJson.tree(stub.last().body(), "request");
        provider.complete(withTools(new ToolChoice.Function("get_weather")), BedrockWire.withKeys());
        JsonNode named = ProviderJson.tree(stub.last().body(), "request");

        assertThat(none.has("toolConfig")).isFalse();
        assertThat(required.at("/toolConfig/toolChoice").toString()).isEqualTo("{\"any\":{}}");
        assertThat(named.at("/toolConfig/toolChoice").toString()).isEqualTo("{\"tool\":{\"name\":\"get_weather\"}}");
    }

    @Test
    void reasoning_effort_on_a_claude_profile_without_a_limit_leaves_room_for_the_answer() {
        stub.on(
                "/model/us.anthropic.claude-sonnet-4-20250514-v1:0/converse",
                BedrockWire.json(Replies.resource("bedrock/converse-response.json")));
        var request = ChatRequest.builder("us.anthropic.claude-sonnet-4-20250514-v1:0")
                .message(Message.user("think"))
                .reasoningEffort(ReasoningEffort.MEDIUM)
                .build();

        BedrockWire.provider(stub).complete(request, BedrockWire.withKeys());

        JsonNode sent = ProviderJson.tree(stub.last().body(), "request");
        assertThat(sent.at("/additionalModelRequestFields/thinking/budget_tokens")
                        .asInt())
                .isEqualTo(8192);
        assertThat(sent.at("/inferenceConfig/maxTokens").asInt()).isEqualTo(8192 + 4096);
    }

    private static ChatRequest withTools(ToolChoice choice) {
        return ChatRequest.builder(BedrockWire.MODEL)
                .message(Message.user("weather?"))
                .tools(List.of(weather()))
                .toolChoice(choice)
                .build();
    }

    private static ToolDefinition weather() {
        JsonValue schema = JsonValues.fromNode(ProviderJson.tree(
                "{\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}"
                        .getBytes(StandardCharsets.UTF_8),
                "schema"));
        return ToolDefinition.function("get_weather", "Get current weather for a city", schema);
    }

    private static ChatRequest toolLoop() {
        var assistant = new Message.AssistantMessage(
                "Let me check the weather.",
                null,
                List.of(new ToolCall("tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "get_weather", "{\"city\": \"Paris\"}")),
                "The user wants the weather...",
                null,
                List.of(
                        new ReasoningBlock.Thinking("The user wants the weather...", "ErUBCkYIBBgCIkA"),
                        new ReasoningBlock.Thinking("unsigned, so never sent back", null)));
        return ChatRequest.builder(BedrockWire.MODEL)
                .message(Message.system("You are a concise assistant."))
                .message(Message.user(List.of(
                        ContentPart.text("What's the weather in Paris? Here is a photo."),
                        ContentPart.image("data:image/png;base64," + PNG))))
                .message(assistant)
                .message(Message.developer("Answer in English."))
                .message(Message.user("And tomorrow?"))
                .message(Message.tool("tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "{\"temperature_c\": 21}"))
                .sampling(new Sampling(1.0, 0.95, 4096, null, null, List.of("END"), null, null, null, null))
                .tools(List.of(weather()))
                .toolChoice(ToolChoice.AUTO)
                .reasoningEffort(ReasoningEffort.LOW)
                .build();
    }
}
