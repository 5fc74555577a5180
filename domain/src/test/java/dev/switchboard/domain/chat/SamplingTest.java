package dev.switchboard.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SamplingTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            temperature       | -0.1  | temperature must be between 0 and 2
            temperature       | 2.01  | temperature must be between 0 and 2
            temperature       | NaN   | temperature must be between 0 and 2
            top_p             | -0.01 | top_p must be between 0 and 1
            top_p             | 1.01  | top_p must be between 0 and 1
            max_tokens        | 0     | max_tokens must be positive
            max_tokens        | -5    | max_tokens must be positive
            presence_penalty  | -2.5  | presence_penalty must be between -2 and 2
            presence_penalty  | 2.5   | presence_penalty must be between -2 and 2
            frequency_penalty | -2.1  | frequency_penalty must be between -2 and 2
            frequency_penalty | 3     | frequency_penalty must be between -2 and 2
            n                 | 0     | n must be between 1 and 128
            n                 | 129   | n must be between 1 and 128
            top_logprobs      | -1    | top_logprobs must be between 0 and 20
            top_logprobs      | 21    | top_logprobs must be between 0 and 20
            stop              | 5     | stop takes at most 4 sequences
            """)
    void rejects_out_of_range_values_naming_the_field(String field, String value, String message) {
        assertThatThrownBy(() -> with(field, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            temperature       | 0
            temperature       | 2
            top_p             | 0
            top_p             | 1
            max_tokens        | 1
            max_tokens        | 2147483647
            presence_penalty  | -2
            presence_penalty  | 2
            frequency_penalty | -2
            frequency_penalty | 2
            n                 | 1
            n                 | 128
            top_logprobs      | 0
            top_logprobs      | 20
            stop              | 0
            stop              | 4
            """)
    void accepts_the_bounds(String field, String value) {
        assertThat(with(field, value)).isNotNull();
    }

    @Test
    void defaults_set_nothing_and_ask_for_one_choice() {
        assertThat(Sampling.DEFAULTS)
                .isEqualTo(new Sampling(null, null, null, null, null, List.of(), null, null, null, null));
        assertThat(Sampling.DEFAULTS.choices()).isEqualTo(1);
    }

    @Test
    void counts_the_choices_asked_for() {
        assertThat(with("n", "3").choices()).isEqualTo(3);
    }

    @Test
    void copies_the_stop_sequences() {
        var stop = new ArrayList<>(List.of("END"));
        var sampling = new Sampling(null, null, null, null, null, stop, 7L, null, true, null);

        stop.add("MORE");

        assertThat(sampling.stop()).containsExactly("END");
        assertThat(sampling.seed()).isEqualTo(7L);
        assertThatThrownBy(() -> sampling.stop().add("X")).isInstanceOf(UnsupportedOperationException.class);
    }

    /** Defaults with one field set from text. */
    private static Sampling with(String field, String value) {
        Double real = field.equals("stop") ? null : Double.valueOf(value);
        Integer whole =
                field.equals("stop") || value.contains(".") || value.equals("NaN") ? null : Integer.valueOf(value);
        return switch (field) {
            case "temperature" -> new Sampling(real, null, null, null, null, List.of(), null, null, null, null);
            case "top_p" -> new Sampling(null, real, null, null, null, List.of(), null, null, null, null);
            case "max_tokens" -> new Sampling(null, null, whole, null, null, List.of(), null, null, null, null);
            case "presence_penalty" -> new Sampling(null, null, null, real, null, List.of(), null, null, null, null);
            case "frequency_penalty" -> new Sampling(null, null, null, null, real, List.of(), null, null, null, null);
            case "n" -> new Sampling(null, null, null, null, null, List.of(), null, whole, null, null);
            case "top_logprobs" -> new Sampling(null, null, null, null, null, List.of(), null, null, true, whole);
            case "stop" ->
                new Sampling(
                        null,
                        null,
                        null,
                        null,
                        null,
                        Collections.nCopies(Integer.parseInt(value), "END"),
                        null,
                        null,
                        null,
                        null);
            default -> throw new IllegalStateException("no field " + field);
        };
    }
}
