package dev.switchboard.openai.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.embedding.EmbeddingInput;
import dev.switchboard.domain.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmbeddingRequestReaderTest {

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("\"hello\"", new EmbeddingInput.Texts(List.of("hello"))),
                Arguments.of("[\"a\",\"b\"]", new EmbeddingInput.Texts(List.of("a", "b"))),
                Arguments.of("[1,2,3]", new EmbeddingInput.Tokens(List.of(List.of(1, 2, 3)))),
                Arguments.of("[[1,2],[3]]", new EmbeddingInput.Tokens(List.of(List.of(1, 2), List.of(3)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void reads_each_input_shape(String input, EmbeddingInput expected) {
        var call = read("{\"model\":\"m\",\"input\":" + input + "}");

        assertThat(call.request().input()).isEqualTo(expected);
        assertThat(call.format()).isEqualTo(EncodingFormat.FLOAT);
    }

    @Test
    void reads_format_dimensions_user_and_extensions() {
        var call = read("""
                {"model":"openai/text-embedding-3-small","input":"hi","encoding_format":"base64","dimensions":256,
                 "user":"u","input_type":"query"}""");

        assertThat(call.format()).isEqualTo(EncodingFormat.BASE64);
        assertThat(call.request().dimensions()).isEqualTo(256);
        assertThat(call.request().user()).isEqualTo("u");
        assertThat(call.request().extensions()).isEqualTo(Map.of("input_type", JsonValue.of("query")));
        assertThat(read("{\"model\":\"m\",\"input\":\"x\",\"encoding_format\":null}")
                        .format())
                .isEqualTo(EncodingFormat.FLOAT);
    }

    static Stream<Arguments> violations() {
        String shapes =
                "input must be a string, an array of strings, an array of integers or an array of integer arrays";
        return Stream.of(
                Arguments.of("{\"input\":\"x\"}", "model", "model is required"),
                Arguments.of("{\"model\":\"m\"}", "input", "input is required"),
                Arguments.of("{\"model\":\"m\",\"input\":\"\"}", "input", "input must not contain empty strings"),
                Arguments.of("{\"model\":\"m\",\"input\":[]}", "input", "input must not be empty"),
                Arguments.of("{\"model\":\"m\",\"input\":5}", "input", shapes),
                Arguments.of("{\"model\":\"m\",\"input\":[{}]}", "input", shapes),
                Arguments.of("{\"model\":\"m\",\"input\":[\"a\",1]}", "input[1]", "input[1] must be a string"),
                Arguments.of(
                        "{\"model\":\"m\",\"input\":[1,\"a\"]}",
                        "input[1]",
                        "input[1] must be a token id (a non-negative integer)"),
                Arguments.of(
                        "{\"model\":\"m\",\"input\":[[1],2]}", "input[1]", "input[1] must be an array of integers"),
                Arguments.of(
                        "{\"model\":\"m\",\"input\":[[1],[-2]]}",
                        "input[1][0]",
                        "input[1][0] must be a token id (a non-negative integer)"),
                Arguments.of(
                        "{\"model\":\"m\",\"input\":[[1],[]]}", "input", "input must not contain empty token arrays"),
                Arguments.of(
                        "{\"model\":\"m\",\"input\":\"x\",\"encoding_format\":\"int8\"}",
                        "encoding_format",
                        "encoding_format must be one of float, base64"),
                Arguments.of(
                        "{\"model\":\"m\",\"input\":\"x\",\"dimensions\":0}",
                        "dimensions",
                        "dimensions must be at least 1"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("violations")
    void names_the_field_of_each_schema_violation(String body, String param, String message) {
        var error = catchThrowableOfType(WireFormatException.class, () -> read(body));

        assertThat(error.getMessage()).isEqualTo(message);
        assertThat(error.param()).isEqualTo(param);
    }

    private static EmbeddingCall read(String json) {
        return EmbeddingRequestReader.read(json.getBytes(StandardCharsets.UTF_8));
    }
}
