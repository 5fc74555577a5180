package dev.switchboard.openai.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every schema violation of a chat request: the message names the field, and so does the param. */
class ChatRequestErrorsTest {

    private static final String USER = "{\"role\":\"user\",\"content\":\"hi\"}";

    static Stream<Arguments> violations() {
        return Stream.of(
                invalid("{\"messages\":[" + USER + "]}", "model", "model is required"),
                invalid("{\"model\":7,\"messages\":[" + USER + "]}", "model", "model must be a string"),
                invalid("{\"model\":\" \",\"messages\":[" + USER + "]}", "model", "model must not be blank"),
                invalid("{\"model\":\"m\"}", "messages", "messages is required"),
                invalid("{\"model\":\"m\",\"messages\":[]}", "messages", "messages must not be empty"),
                invalid("{\"model\":\"m\",\"messages\":{}}", "messages", "messages must be an array"),
                invalid(field("\"temperature\":\"hot\""), "temperature", "temperature must be a number"),
                invalid(field("\"temperature\":1e999"), "temperature", "temperature must be a number"),
                invalid(field("\"temperature\":3"), "temperature", "temperature must be between 0 and 2"),
                invalid(field("\"top_p\":2"), "top_p", "top_p must be between 0 and 1"),
                invalid(field("\"max_tokens\":1.5"), "max_tokens", "max_tokens must be an integer"),
                invalid(field("\"max_tokens\":0"), "max_tokens", "max_tokens must be at least 1"),
                invalid(
                        field("\"max_completion_tokens\":0"),
                        "max_completion_tokens",
                        "max_completion_tokens must be at least 1"),
                invalid(
                        field("\"max_completion_tokens\":5,\"max_tokens\":\"x\""),
                        "max_tokens",
                        "max_tokens must be an integer"),
                invalid(
                        field("\"presence_penalty\":3"),
                        "presence_penalty",
                        "presence_penalty must be between -2 and 2"),
                invalid(
                        field("\"frequency_penalty\":-3"),
                        "frequency_penalty",
                        "frequency_penalty must be between -2 and 2"),
                invalid(field("\"n\":0"), "n", "n must be between 1 and 128"),
                invalid(field("\"n\":99999999999"), "n", "n must be an integer"),
                invalid(field("\"stop\":[\"a\",\"b\",\"c\",\"d\",\"e\"]"), "stop", "stop takes at most 4 sequences"),
                invalid(field("\"stop\":5"), "stop", "stop must be a string or an array of strings"),
                invalid(field("\"stop\":[1]"), "stop[0]", "stop[0] must be a string"),
                invalid(field("\"seed\":\"x\""), "seed", "seed must be an integer"),
                invalid(field("\"logprobs\":\"yes\""), "logprobs", "logprobs must be a boolean"),
                invalid(field("\"top_logprobs\":21"), "top_logprobs", "top_logprobs must be between 0 and 20"),
                invalid(field("\"user\":5"), "user", "user must be a string"),
                invalid(
                        field("\"parallel_tool_calls\":\"yes\""),
                        "parallel_tool_calls",
                        "parallel_tool_calls must be a boolean"),
                invalid(field("\"stream\":\"true\""), "stream", "stream must be a boolean"),
                invalid(
                        field("\"stream\":true,\"stream_options\":true"),
                        "stream_options",
                        "stream_options must be an object"),
                invalid(field("\"tools\":{}"), "tools", "tools must be an array"),
                invalid(field("\"tools\":[{\"type\":\"custom\"}]"), "tools[0].type", "tools[0].type must be function"),
                invalid(
                        field("\"tools\":[{\"function\":{\"name\":\"f\"}}]"),
                        "tools[0].type",
                        "tools[0].type is required"),
                invalid(
                        field("\"tools\":[{\"type\":\"function\"}]"),
                        "tools[0].function",
                        "tools[0].function is required"),
                invalid(
                        field("\"tools\":[{\"type\":\"function\",\"function\":{\"description\":\"d\"}}]"),
                        "tools[0].function.name",
                        "tools[0].function.name is required"),
                invalid(
                        field("\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\" \"}}]"),
                        "tools[0].function.name",
                        "tool name must not be blank"),
                invalid(
                        field("\"tool_choice\":\"sometimes\""),
                        "tool_choice",
                        "tool_choice must be none, auto, required or an object naming a function"),
                invalid(
                        field("\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"f\"}}"),
                        "tool_choice",
                        "tool_choice names function 'f', which is not in tools"),
                invalid(
                        field("\"tool_choice\":{\"type\":\"function\"}"),
                        "tool_choice.function",
                        "tool_choice.function is required"),
                invalid(
                        field("\"tool_choice\":{\"type\":\"allowed_tools\"}"),
                        "tool_choice.type",
                        "tool_choice.type must be function"),
                invalid(
                        field("\"response_format\":{\"type\":\"xml\"}"),
                        "response_format.type",
                        "response_format.type must be one of text, json_object, json_schema"),
                invalid(field("\"response_format\":\"json\""), "response_format", "response_format must be an object"),
                invalid(
                        field("\"response_format\":{\"type\":\"json_schema\"}"),
                        "response_format.json_schema",
                        "response_format.json_schema is required"),
                invalid(
                        field("\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"schema\":{}}}"),
                        "response_format.json_schema.name",
                        "response_format.json_schema.name is required"),
                invalid(
                        field("\"reasoning_effort\":\"extreme\""),
                        "reasoning_effort",
                        "reasoning_effort must be one of none, minimal, low, medium, high, xhigh"),
                invalid(field("\"metadata\":{\"a\":1}"), "metadata.a", "metadata.a must be a string"),
                invalid(field("\"metadata\":\"x\""), "metadata", "metadata must be an object"),
                invalid(field("\"functions\":[]"), "functions", "functions is deprecated and not supported; use tools"),
                invalid(
                        field("\"function_call\":\"auto\""),
                        "function_call",
                        "function_call is deprecated and not supported; use tool_choice"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("violations")
    void names_the_field_of_each_schema_violation(String body, String param, String message) {
        var error = readFailing(body);

        assertThat(error.getMessage()).isEqualTo(message);
        assertThat(error.param()).isEqualTo(param);
    }

    static WireFormatException readFailing(String body) {
        return catchThrowableOfType(
                WireFormatException.class, () -> ChatRequestReader.read(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static Arguments invalid(String body, String param, String message) {
        return Arguments.of(body, param, message);
    }

    private static String field(String field) {
        return "{\"model\":\"m\",\"messages\":[" + USER + "]," + field + "}";
    }
}
