package dev.switchboard.openai.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bodies that are not JSON at all get a short, plain reason, and never a parser's class name. */
class WireJsonTest {

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("", "request body is not valid JSON: it is empty"),
                Arguments.of(" \n", "request body is not valid JSON: it is empty"),
                Arguments.of("[]", "request body must be a JSON object"),
                Arguments.of("\"text\"", "request body must be a JSON object"),
                Arguments.of("{", "request body is not valid JSON: "),
                Arguments.of("{\"model\":}", "request body is not valid JSON: Unexpected character"),
                Arguments.of("{\"model\":\"m\"} trailing", "request body is not valid JSON: "),
                Arguments.of(
                        "{\"model\":\"a\",\"model\":\"b\"}", "request body is not valid JSON: Duplicate field 'model'"),
                Arguments.of("[".repeat(5000), "request body is not valid JSON: it exceeds the parser's limits"),
                Arguments.of("{'model':'m'}", "request body is not valid JSON: Unexpected character"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void explains_malformed_json_without_naming_a_java_type(String body, String messageStart) {
        var error = ChatRequestErrorsTest.readFailing(body);

        assertThat(error.getMessage()).startsWith(messageStart).doesNotContain("com.fasterxml", "java.", "Exception");
        assertThat(error.param()).isNull();
    }

    @Test
    void reports_the_position_of_a_syntax_error() {
        var error = ChatRequestErrorsTest.readFailing("{\n  \"model\": ,\n}");

        assertThat(error.getMessage()).contains("(line 2, column");
    }
}
