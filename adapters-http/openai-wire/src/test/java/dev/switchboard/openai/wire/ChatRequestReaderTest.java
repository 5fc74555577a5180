package dev.switchboard.openai.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ReasoningEffort;
import dev.switchboard.domain.chat.ResponseFormat;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatRequestReaderTest {

    @Test
    void reads_a_minimal_request() {
        ChatCall call = ChatRequestReader.read(Golden.bytes("chat-request-minimal.json"));

        assertThat(call.stream()).isFalse();
        assertThat(call.includeUsage()).isFalse();
        assertThat(call.request().model()).isEqualTo("mock/echo");
        assertThat(call.request().messages()).containsExactly(Message.user("Hello!"));
        assertThat(call.request().toolChoice()).isNull();
        assertThat(call.request().extensions()).isEmpty();
    }

    @Test
    void reads_every_message_role_and_content_shape() {
        var messages = ChatRequestReader.read(Golden.bytes("chat-request-full.json"))
                .request()
                .messages();

        assertThat(messages).hasSize(7);
        assertThat(messages.get(0))
                .isEqualTo(new Message.SystemMessage(List.of(ContentPart.text("You are terse.")), "sys"));
        assertThat(messages.get(1)).isEqualTo(Message.developer("Answer in French."));
        assertThat(messages.get(2))
                .isEqualTo(new Message.UserMessage(
                        List.of(
                                ContentPart.text("What is in this image?"),
                                new ContentPart.Image("https://example.com/cat.png", "low"),
                                new ContentPart.Audio("UklGRg==", "wav")),
                        "ana"));
        assertThat(messages.get(3))
                .isEqualTo(new Message.AssistantMessage(
                        null,
                        null,
                        List.of(
                                new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"),
                                new ToolCall("call_2", "get_time", "{}")),
                        "Need the weather.",
                        null));
        assertThat(messages.get(4)).isEqualTo(Message.tool("call_1", "18C"));
        assertThat(messages.get(5)).isEqualTo(new Message.AssistantMessage(null, "I can't.", List.of(), null, null));
        assertThat(messages.get(6)).isEqualTo(Message.assistant("Il fait 18 degrés."));
    }

    @Test
    void reads_tools_choice_and_response_format() {
        var request =
                ChatRequestReader.read(Golden.bytes("chat-request-full.json")).request();

        assertThat(request.tools()).hasSize(2);
        var weather = request.tools().getFirst();
        assertThat(weather.name()).isEqualTo("get_weather");
        assertThat(weather.description()).isEqualTo("Weather by city");
        assertThat(weather.strict()).isTrue();
        var schema = (JsonValue.Obj) weather.parameters();
        assertThat(schema.fields().keySet()).containsExactly("type", "properties", "required", "x-big", "x-dec");
        assertThat(schema.get("x-big")).isEqualTo(new JsonValue.Num(new BigDecimal("12345678901234567890")));
        assertThat(schema.get("x-dec")).isEqualTo(new JsonValue.Num(new BigDecimal("1.50")));
        assertThat(request.tools().get(1).parameters()).isEqualTo(JsonValue.emptyObject());
        assertThat(request.toolChoice()).isEqualTo(new ToolChoice.Function("get_weather"));
        assertThat(request.parallelToolCalls()).isFalse();
        assertThat(request.responseFormat())
                .isEqualTo(new ResponseFormat.JsonSchema(
                        "answer", "The answer", new JsonValue.Obj(Map.of("type", JsonValue.of("object"))), true));
    }

    @Test
    void reads_sampling_and_the_other_options() {
        ChatCall call = ChatRequestReader.read(Golden.bytes("chat-request-full.json"));
        var request = call.request();
        var sampling = request.sampling();

        assertThat(call.stream()).isTrue();
        assertThat(call.includeUsage()).isTrue();
        assertThat(sampling.temperature()).isEqualTo(0.7);
        assertThat(sampling.topP()).isEqualTo(1.0);
        assertThat(sampling.maxTokens()).as("max_completion_tokens wins").isEqualTo(200);
        assertThat(sampling.presencePenalty()).isEqualTo(-0.5);
        assertThat(sampling.frequencyPenalty()).isEqualTo(0.25);
        assertThat(sampling.stop()).containsExactly("END", "STOP");
        assertThat(sampling.seed()).isEqualTo(9007199254740993L);
        assertThat(sampling.n()).isEqualTo(2);
        assertThat(sampling.logprobs()).isTrue();
        assertThat(sampling.topLogprobs()).isEqualTo(3);
        assertThat(request.user()).isEqualTo("user-42");
        assertThat(request.metadata()).containsExactlyInAnyOrderEntriesOf(Map.of("team", "search", "env", "prod"));
        assertThat(request.reasoningEffort()).isEqualTo(ReasoningEffort.HIGH);
    }

    @Test
    void keeps_unknown_fields_as_extensions_in_order() {
        var extensions = ChatRequestReader.read(Golden.bytes("chat-request-full.json"))
                .request()
                .extensions();

        assertThat(extensions.keySet()).containsExactly("service_tier", "x_vendor");
        assertThat(extensions.get("service_tier")).isEqualTo(JsonValue.of("flex"));
        assertThat(extensions.get("x_vendor").toJson()).isEqualTo("{\"nested\":[1,2.50,null,true]}");
    }

    @Test
    void reads_stop_as_a_single_string_and_nulls_as_absent() {
        var request = read("""
                {"model":"m","messages":[{"role":"user","content":"hi"}],"stop":"END","temperature":null,
                 "tools":null,"tool_choice":"required","stream":false,"stream_options":{"include_usage":true}}""");

        assertThat(request.request().sampling().stop()).containsExactly("END");
        assertThat(request.request().sampling().temperature()).isNull();
        assertThat(request.request().toolChoice()).isEqualTo(ToolChoice.REQUIRED);
        assertThat(request.includeUsage()).as("usage chunk only for streams").isFalse();
    }

    @Test
    void reads_the_string_tool_choices_and_simple_response_formats() {
        assertThat(read(withField("\"tool_choice\":\"none\"")).request().toolChoice())
                .isEqualTo(ToolChoice.NONE);
        assertThat(read(withField("\"tool_choice\":\"auto\"")).request().toolChoice())
                .isEqualTo(ToolChoice.AUTO);
        assertThat(read(withField("\"response_format\":{\"type\":\"text\"}"))
                        .request()
                        .responseFormat())
                .isEqualTo(ResponseFormat.TEXT);
        assertThat(read(withField("\"response_format\":{\"type\":\"json_object\"}"))
                        .request()
                        .responseFormat())
                .isEqualTo(ResponseFormat.JSON_OBJECT);
        assertThat(read(withField("\"max_tokens\":5")).request().sampling().maxTokens())
                .isEqualTo(5);
    }

    @Test
    void accepts_an_image_url_given_as_a_bare_string() {
        var request = read("""
                {"model":"m","messages":[{"role":"user","content":[{"type":"image_url","image_url":"data:image/png;base64,AA=="}]}]}""");

        assertThat(request.request().messages().getFirst())
                .isEqualTo(Message.user(List.of(ContentPart.image("data:image/png;base64,AA=="))));
    }

    static ChatCall read(String json) {
        return ChatRequestReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    static String withField(String field) {
        return "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]," + field + "}";
    }
}
