package dev.switchboard.adapters.providers.anthropic;

import static dev.switchboard.adapters.providers.anthropic.AnthropicRequests.MODEL;
import static dev.switchboard.adapters.providers.anthropic.AnthropicRequests.WEATHER;
import static dev.switchboard.adapters.providers.anthropic.AnthropicRequests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapters.providers.shared.ProviderJson;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.chat.ReasoningEffort;
import dev.switchboard.domain.chat.ResponseFormat;
import dev.switchboard.domain.chat.Sampling;
import dev.switchboard.domain.chat.ToolCall;
import dev.switchboard.domain.chat.ToolChoice;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tool choice in every form, and every request the API cannot take, refused as a client error naming the field. */
class AnthropicRequestRulesTest {

    static List<Arguments> toolChoices() {
        return List.of(
                Arguments.of(null, null, null),
                Arguments.of(ToolChoice.AUTO, null, "{\"type\":\"auto\"}"),
                Arguments.of(ToolChoice.NONE, false, "{\"type\":\"none\"}"),
                Arguments.of(ToolChoice.REQUIRED, null, "{\"type\":\"any\"}"),
                Arguments.of(ToolChoice.REQUIRED, false, "{\"type\":\"any\",\"disable_parallel_tool_use\":true}"),
                Arguments.of(
                        new ToolChoice.Function("get_weather"), null, "{\"type\":\"tool\",\"name\":\"get_weather\"}"),
                Arguments.of(null, false, "{\"type\":\"auto\",\"disable_parallel_tool_use\":true}"),
                Arguments.of(null, true, null));
    }

    @ParameterizedTest(name = "{0}, parallel {1}: {2}")
    @MethodSource("toolChoices")
    void maps_tool_choice_and_parallel_tool_use(ToolChoice choice, Boolean parallel, String expected) {
        var request = ChatRequest.builder(MODEL)
                .message(Message.user("Weather?"))
                .tools(List.of(WEATHER))
                .toolChoice(choice)
                .parallelToolCalls(parallel)
                .build();

        var body = AnthropicMapper.body(request, 4096, false);

        if (expected == null) {
            assertThat(body.has("tool_choice")).isFalse();
        } else {
            assertThat(body.get("tool_choice"))
                    .isEqualTo(ProviderJson.tree(expected.getBytes(StandardCharsets.UTF_8), "x"));
        }
    }

    static List<Arguments> refused() {
        return List.of(
                refused(
                        "arguments that are not JSON",
                        b -> b.message(Message.user("Hi"))
                                .message(Message.assistant(List.of(new ToolCall("c1", "f", "{\"a\":")))),
                        "messages[1].tool_calls[0].function.arguments"),
                refused(
                        "arguments that are not an object",
                        b -> b.message(Message.assistant(
                                List.of(new ToolCall("c1", "f", "{}"), new ToolCall("c2", "f", "[1,2]")))),
                        "messages[0].tool_calls[1].function.arguments"),
                refused(
                        "audio input",
                        b -> b.message(Message.user(
                                List.of(ContentPart.text("listen"), new ContentPart.Audio("UklGRg==", "wav")))),
                        "messages[0].content[1]"),
                refused(
                        "an image URL that is neither http nor a base64 data URL",
                        b -> b.message(Message.user(List.of(ContentPart.image("ftp://host/cat.png")))),
                        "messages[0].content[0]"),
                refused(
                        "a data URL that is not base64",
                        b -> b.message(Message.user(List.of(ContentPart.image("data:image/png,rawbytes")))),
                        "messages[0].content[0]"),
                refused("only system messages", b -> b.message(Message.system("Be brief.")), "messages"),
                refused("several choices", b -> hi(b).sampling(sampling(null, null, null, 2)), "n"),
                refused("a temperature above 1", b -> hi(b).sampling(sampling(1.5, null, null, null)), "temperature"),
                refused(
                        "a temperature other than 1 with thinking",
                        b -> thinking(b).sampling(sampling(0.7, null, null, null)),
                        "temperature"),
                refused(
                        "a low top_p with thinking",
                        b -> thinking(b).sampling(sampling(null, 0.5, null, null)),
                        "top_p"),
                refused(
                        "forced tool use with thinking",
                        b -> thinking(b).tools(List.of(WEATHER)).toolChoice(ToolChoice.REQUIRED),
                        "tool_choice"),
                refused(
                        "a response format with thinking",
                        b -> thinking(b).responseFormat(ResponseFormat.JSON_OBJECT),
                        "response_format"),
                refused(
                        "a limit too small for any thinking budget",
                        b -> thinking(b).sampling(sampling(null, null, 1024, null)),
                        "max_tokens"),
                refused(
                        "a thinking extension that is not an object",
                        b -> hi(b).extension("thinking", JsonValue.of("on")),
                        "thinking"),
                refused(
                        "a beta name that cannot be a header",
                        b -> hi(b).extension("anthropic_beta", JsonValue.of("bad\nname")),
                        "anthropic_beta"),
                refused(
                        "a beta list holding a number",
                        b -> hi(b).extension("anthropic_beta", json("[\"ok-1\", 2]")),
                        "anthropic_beta"),
                refused(
                        "an explicit thinking object with a low temperature",
                        b -> hi(b).extension("thinking", json("{\"type\":\"adaptive\"}"))
                                .sampling(sampling(0.2, null, null, null)),
                        "temperature"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refuses_what_the_api_cannot_take_naming_the_field(String what, ChatRequest request, String param) {
        assertThatThrownBy(() -> {
                    AnthropicMapper.betas(request);
                    AnthropicMapper.body(request, 4096, false);
                })
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isInstanceOf(ProviderFailure.InvalidRequest.class);
                    assertThat(((ProviderFailure.InvalidRequest) e.failure()).param())
                            .isEqualTo(param);
                    assertThat(e.failure().message()).startsWith(param + " ");
                });
    }

    private static Arguments refused(String what, UnaryOperator<ChatRequest.Builder> request, String param) {
        return Arguments.of(what, request.apply(ChatRequest.builder(MODEL)).build(), param);
    }

    private static ChatRequest.Builder hi(ChatRequest.Builder builder) {
        return builder.message(Message.user("Hi"));
    }

    private static ChatRequest.Builder thinking(ChatRequest.Builder builder) {
        return hi(builder).reasoningEffort(ReasoningEffort.LOW);
    }

    private static Sampling sampling(Double temperature, Double topP, Integer maxTokens, Integer n) {
        return new Sampling(temperature, topP, maxTokens, null, null, List.of(), null, n, null, null);
    }
}
