package dev.switchboard.openai.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every schema violation inside {@code messages}: roles, content parts, tool calls, tool results. */
class MessageErrorsTest {

    private static final String USER = "{\"role\":\"user\",\"content\":\"hi\"}";

    static Stream<Arguments> violations() {
        return Stream.of(
                invalid(messages("\"hi\""), "messages[0]", "messages[0] must be an object"),
                invalid(
                        messages(USER + ",{\"role\":\"function\",\"content\":\"x\"}"),
                        "messages[1].role",
                        "messages[1].role must be one of system, developer, user, assistant, tool"),
                invalid(messages("{\"content\":\"x\"}"), "messages[0].role", "messages[0].role is required"),
                invalid(messages("{\"role\":\"user\"}"), "messages[0].content", "messages[0].content is required"),
                invalid(
                        messages("{\"role\":\"user\",\"content\":5}"),
                        "messages[0].content",
                        "messages[0].content must be a string or an array of content parts"),
                invalid(
                        messages("{\"role\":\"user\",\"content\":[{\"type\":\"file\"}]}"),
                        "messages[0].content[0].type",
                        "messages[0].content[0].type must be one of text, image_url, input_audio"),
                invalid(
                        messages("{\"role\":\"system\",\"content\":[{\"type\":\"image_url\"}]}"),
                        "messages[0].content[0].type",
                        "messages[0].content[0].type must be one of text"),
                invalid(
                        messages("{\"role\":\"user\",\"content\":[{\"text\":\"a\"}]}"),
                        "messages[0].content[0].type",
                        "messages[0].content[0].type is required"),
                invalid(
                        messages("{\"role\":\"user\",\"content\":[{\"type\":\"text\"}]}"),
                        "messages[0].content[0].text",
                        "messages[0].content[0].text is required"),
                invalid(
                        messages(
                                "{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\" \"}}]}"),
                        "messages[0].content[0].image_url.url",
                        "image url must not be blank"),
                invalid(
                        messages(
                                "{\"role\":\"user\",\"content\":[{\"type\":\"input_audio\",\"input_audio\":{\"data\":\"AA\"}}]}"),
                        "messages[0].content[0].input_audio.format",
                        "messages[0].content[0].input_audio.format is required"),
                invalid(
                        messages("{\"role\":\"assistant\",\"content\":[{\"type\":\"image_url\"}]}"),
                        "messages[0].content[0].type",
                        "messages[0].content[0].type must be one of text, refusal"),
                invalid(
                        messages("{\"role\":\"tool\",\"content\":\"18C\"}"),
                        "messages[0].tool_call_id",
                        "messages[0].tool_call_id is required"),
                invalid(
                        messages("{\"role\":\"tool\",\"tool_call_id\":\" \",\"content\":\"18C\"}"),
                        "messages[0].tool_call_id",
                        "tool_call_id must not be blank"),
                invalid(
                        messages(toolCall("\"id\":\"c\",\"type\":\"function\",\"function\":{\"name\":\"f\"}")),
                        "messages[0].tool_calls[0].function.arguments",
                        "messages[0].tool_calls[0].function.arguments is required"),
                invalid(
                        messages(toolCall("\"id\":\"c\",\"type\":\"custom\"")),
                        "messages[0].tool_calls[0].type",
                        "messages[0].tool_calls[0].type must be function"),
                invalid(
                        messages(toolCall("\"id\":\" \",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}")),
                        "messages[0].tool_calls[0]",
                        "tool call id must not be blank"),
                invalid(
                        messages("{\"role\":\"assistant\",\"tool_calls\":{}}"),
                        "messages[0].tool_calls",
                        "messages[0].tool_calls must be an array"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("violations")
    void names_the_field_of_each_schema_violation(String body, String param, String message) {
        var error = ChatRequestErrorsTest.readFailing(body);

        assertThat(error.getMessage()).isEqualTo(message);
        assertThat(error.param()).isEqualTo(param);
    }

    private static Arguments invalid(String body, String param, String message) {
        return Arguments.of(body, param, message);
    }

    private static String messages(String items) {
        return "{\"model\":\"m\",\"messages\":[" + items + "]}";
    }

    private static String toolCall(String fields) {
        return "{\"role\":\"assistant\",\"tool_calls\":[{" + fields + "}]}";
    }
}
