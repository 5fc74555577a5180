package dev.switchboard.adapters.providers.gemini;

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
import org.junit.jupiter.api.Test;

/** Each mapping rule, one golden {@code generateContent} body. */
class GeminiRequestGoldenTest {

    static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
    static final String SIGNATURE = "CtQOAVSoXO74PmYr9AFurEIJNTAtfagOIxtRA5Fc";

    static JsonNode json(String text) {
        return ProviderJson.tree(text.getBytes(StandardCharsets.UTF_8), "golden");
    }

    /** The body as the upstream reads it: written out and parsed again, so numbers compare by value. */
    static JsonNode sent(JsonNode body) {
        return json(body.toString());
    }

    static JsonValue value(String text) {
        return JsonValues.fromNode(json(text));
    }

    @Test
    void lifts_system_and_developer_messages_and_merges_turns_of_one_role() {
        var request = ChatRequest.of(
                "gemini-2.5-flash",
                Message.system("You are terse."),
                Message.user("Hi"),
                Message.user(List.of(
                        ContentPart.text("Describe these."),
                        ContentPart.image("data:image/png;base64," + PNG),
                        ContentPart.image("https://example.com/cat.webp?size=2"),
                        ContentPart.image("gs://bucket/scan"))),
                Message.developer("Answer in French."),
                Message.assistant("D'accord."),
                Message.assistant(""));

        assertThat(GeminiMapper.body(request)).isEqualTo(json("""
                {"systemInstruction":{"parts":[{"text":"You are terse."},{"text":"Answer in French."}]},
                 "contents":[
                  {"role":"user","parts":[{"text":"Hi"},{"text":"Describe these."},
                    {"inlineData":{"mimeType":"image/png","data":"%s"}},
                    {"fileData":{"mimeType":"image/webp","fileUri":"https://example.com/cat.webp?size=2"}},
                    {"fileData":{"mimeType":"image/jpeg","fileUri":"gs://bucket/scan"}}]},
                  {"role":"model","parts":[{"text":"D'accord."}]}]}
                """.formatted(PNG)));
    }

    @Test
    void sends_tool_calls_as_function_calls_with_their_signature_and_results_as_function_responses() {
        var assistant = new Message.AssistantMessage(
                null,
                null,
                List.of(
                        new ToolCall("call_a", "now", ""),
                        new ToolCall("call_b", "get_weather", "{\"city\":\"Paris\"}")),
                "thinking...",
                null,
                List.of(new ReasoningBlock.Thinking("thinking...", SIGNATURE)));
        var request = ChatRequest.of(
                "gemini-2.5-pro",
                Message.user("When and how warm?"),
                assistant,
                Message.tool("call_a", "{\"iso\":\"2025-12-01\"}"),
                Message.tool("call_b", "21 and sunny"),
                Message.user("Thanks"));

        assertThat(GeminiMapper.body(request).get("contents")).isEqualTo(json("""
                [{"role":"user","parts":[{"text":"When and how warm?"}]},
                 {"role":"model","parts":[
                   {"functionCall":{"name":"now","args":{}},"thoughtSignature":"%s"},
                   {"functionCall":{"name":"get_weather","args":{"city":"Paris"}}}]},
                 {"role":"user","parts":[
                   {"functionResponse":{"name":"now","response":{"iso":"2025-12-01"}}},
                   {"functionResponse":{"name":"get_weather","response":{"result":"21 and sunny"}}},
                   {"text":"Thanks"}]}]
                """.formatted(SIGNATURE)));
    }

    @Test
    void a_signature_of_a_turn_without_calls_goes_back_on_its_last_part() {
        var assistant = new Message.AssistantMessage(
                "42", null, List.of(), null, null, List.of(new ReasoningBlock.Thinking("", SIGNATURE)));
        var request = ChatRequest.of("gemini-3-pro", Message.user("?"), assistant, Message.user("why"));

        assertThat(GeminiMapper.body(request).at("/contents/1"))
                .isEqualTo(json("{\"role\":\"model\",\"parts\":[{\"text\":\"42\",\"thoughtSignature\":\"%s\"}]}"
                        .formatted(SIGNATURE)));
    }

    @Test
    void declares_tools_with_reduced_schemas_and_maps_each_tool_choice() {
        var weather = ToolDefinition.function("get_weather", "Get the weather", value("""
                {"type":"object","additionalProperties":false,"$schema":"http://json-schema.org/draft-07/schema#",
                 "properties":{"city":{"type":"string"}},"required":["city"]}
                """));
        var now = new ToolDefinition("now", null, value("{\"type\":\"object\",\"properties\":{}}"), true);
        var request = ChatRequest.builder("gemini-2.5-flash")
                .message(Message.user("hi"))
                .tools(List.of(weather, now))
                .toolChoice(new ToolChoice.Function("get_weather"))
                .parallelToolCalls(false)
                .build();

        assertThat(GeminiMapper.body(request)).isEqualTo(json("""
                {"contents":[{"role":"user","parts":[{"text":"hi"}]}],
                 "tools":[{"functionDeclarations":[
                   {"name":"get_weather","description":"Get the weather",
                    "parameters":{"type":"OBJECT","properties":{"city":{"type":"STRING"}},"required":["city"]}},
                   {"name":"now"}]}],
                 "toolConfig":{"functionCallingConfig":{"mode":"ANY","allowedFunctionNames":["get_weather"]}}}
                """));
        assertThat(mode(ToolChoice.AUTO, weather)).isEqualTo("AUTO");
        assertThat(mode(ToolChoice.NONE, weather)).isEqualTo("NONE");
        assertThat(mode(ToolChoice.REQUIRED, weather)).isEqualTo("ANY");
    }

    private static String mode(ToolChoice choice, ToolDefinition tool) {
        var request = ChatRequest.builder("m")
                .message(Message.user("hi"))
                .tools(List.of(tool))
                .toolChoice(choice)
                .build();
        return GeminiMapper.body(request)
                .at("/toolConfig/functionCallingConfig/mode")
                .asText();
    }

    @Test
    void puts_sampling_json_schema_and_thinking_into_the_generation_config() {
        var schema = new ResponseFormat.JsonSchema(
                "answer",
                null,
                value("{\"type\":\"object\",\"properties\":{\"answer\":{\"type\":\"string\"}},"
                        + "\"required\":[\"answer\"],\"additionalProperties\":false}"),
                true);
        var request = ChatRequest.builder("gemini-2.5-flash")
                .message(Message.user("hi"))
                .sampling(new Sampling(0.7, 0.95, 1024, 0.5, 0.25, List.of("END"), 42L, 2, true, null))
                .responseFormat(schema)
                .reasoningEffort(ReasoningEffort.LOW)
                .extension("top_k", JsonValue.Num.of(40))
                .extension(
                        "safety_settings",
                        value("[{\"category\":\"HARM_CATEGORY_HARASSMENT\"," + "\"threshold\":\"BLOCK_ONLY_HIGH\"}]"))
                .build();

        var body = GeminiMapper.body(request);

        assertThat(sent(body.get("generationConfig"))).isEqualTo(json("""
                {"temperature":0.7,"topP":0.95,"maxOutputTokens":1024,"stopSequences":["END"],"seed":42,
                 "candidateCount":2,"presencePenalty":0.5,"frequencyPenalty":0.25,"responseLogprobs":true,"topK":40,
                 "responseMimeType":"application/json",
                 "responseSchema":{"type":"OBJECT","properties":{"answer":{"type":"STRING"}},"required":["answer"]},
                 "thinkingConfig":{"thinkingBudget":1024,"includeThoughts":true}}
                """));
        assertThat(body.get("safetySettings"))
                .isEqualTo(json("[{\"category\":\"HARM_CATEGORY_HARASSMENT\",\"threshold\":\"BLOCK_ONLY_HIGH\"}]"));
    }

    @Test
    void json_object_asks_for_json_and_reasoning_effort_none_turns_thinking_off() {
        var request = ChatRequest.builder("gemini-2.5-flash")
                .message(Message.user("hi"))
                .responseFormat(ResponseFormat.JSON_OBJECT)
                .reasoningEffort(ReasoningEffort.NONE)
                .build();

        assertThat(GeminiMapper.body(request).get("generationConfig"))
                .isEqualTo(
                        json("{\"responseMimeType\":\"application/json\",\"thinkingConfig\":{\"thinkingBudget\":0}}"));
    }

    @Test
    void an_explicit_thinking_config_goes_upstream_unchanged() {
        var request = ChatRequest.builder("gemini-3-pro")
                .message(Message.user("hi"))
                .reasoningEffort(ReasoningEffort.HIGH)
                .extension("thinking_config", value("{\"thinkingLevel\":\"LOW\",\"includeThoughts\":false}"))
                .build();

        assertThat(GeminiMapper.body(request).at("/generationConfig/thinkingConfig"))
                .isEqualTo(json("{\"thinkingLevel\":\"LOW\",\"includeThoughts\":false}"));
        assertThat(GeminiGeneration.budget(ReasoningEffort.MEDIUM)).isEqualTo(8192);
        assertThat(GeminiGeneration.budget(ReasoningEffort.XHIGH)).isEqualTo(32_768);
    }
}
