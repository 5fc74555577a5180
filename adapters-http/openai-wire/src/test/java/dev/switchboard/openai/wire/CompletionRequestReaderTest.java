package dev.switchboard.openai.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompletionRequestReaderTest {

    @Test
    void reads_every_field_of_a_legacy_completion() {
        var call = read("""
                {"model":"openai/gpt-3.5-turbo-instruct","prompt":["Say this","Say that"],"max_tokens":7,
                 "temperature":0,"top_p":0.5,"n":2,"stop":"\\n","seed":3,"logprobs":2,"echo":true,"suffix":"!",
                 "user":"u1","presence_penalty":0.1,"frequency_penalty":0.2,"stream":true,
                 "stream_options":{"include_usage":true},"best_of":3}""");
        var request = call.request();

        assertThat(call.stream()).isTrue();
        assertThat(call.includeUsage()).isTrue();
        assertThat(request.model()).isEqualTo("openai/gpt-3.5-turbo-instruct");
        assertThat(request.prompts()).containsExactly("Say this", "Say that");
        assertThat(request.sampling().maxTokens()).isEqualTo(7);
        assertThat(request.sampling().temperature()).isZero();
        assertThat(request.sampling().topP()).isEqualTo(0.5);
        assertThat(request.sampling().n()).isEqualTo(2);
        assertThat(request.sampling().stop()).containsExactly("\n");
        assertThat(request.sampling().seed()).isEqualTo(3L);
        assertThat(request.sampling().presencePenalty()).isEqualTo(0.1);
        assertThat(request.sampling().frequencyPenalty()).isEqualTo(0.2);
        assertThat(request.logprobs()).isEqualTo(2);
        assertThat(request.echo()).isTrue();
        assertThat(request.suffix()).isEqualTo("!");
        assertThat(request.user()).isEqualTo("u1");
        assertThat(request.extensions()).containsExactly(java.util.Map.entry("best_of", JsonValue.Num.of(3)));
    }

    @Test
    void reads_a_single_prompt_string_without_streaming() {
        var call = read("{\"model\":\"m\",\"prompt\":\"Say this is a test\"}");

        assertThat(call.request().prompts()).containsExactly("Say this is a test");
        assertThat(call.stream()).isFalse();
        assertThat(call.includeUsage()).isFalse();
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("{\"prompt\":\"p\"}", "model", "model is required"),
                Arguments.of("{\"model\":\"m\"}", "prompt", "prompt is required"),
                Arguments.of("{\"model\":\"m\",\"prompt\":[1,2]}", "prompt[0]", "prompt[0] must be a string"),
                Arguments.of(
                        "{\"model\":\"m\",\"prompt\":{}}", "prompt", "prompt must be a string or an array of strings"),
                Arguments.of("{\"model\":\"m\",\"prompt\":[]}", "prompt", "prompt must not be empty"),
                Arguments.of(
                        "{\"model\":\"m\",\"prompt\":\"p\",\"logprobs\":6}",
                        "logprobs",
                        "logprobs must be between 0 and 5"),
                Arguments.of("{\"model\":\"m\",\"prompt\":\"p\",\"echo\":1}", "echo", "echo must be a boolean"),
                Arguments.of(
                        "{\"model\":\"m\",\"prompt\":\"p\",\"temperature\":-1}",
                        "temperature",
                        "temperature must be between 0 and 2"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("violations")
    void names_the_field_of_each_schema_violation(String body, String param, String message) {
        var error = catchThrowableOfType(WireFormatException.class, () -> read(body));

        assertThat(error.getMessage()).isEqualTo(message);
        assertThat(error.param()).isEqualTo(param);
    }

    private static CompletionCall read(String json) {
        return CompletionRequestReader.read(json.getBytes(StandardCharsets.UTF_8));
    }
}
