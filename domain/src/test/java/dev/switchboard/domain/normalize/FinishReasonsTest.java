package dev.switchboard.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.chat.FinishReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FinishReasonsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            stop                      | STOP
            end_turn                  | STOP
            stop_sequence             | STOP
            eos                       | STOP
            finish_reason_unspecified | STOP
            length                    | LENGTH
            max_tokens                | LENGTH
            model_length              | LENGTH
            tool_calls                | TOOL_CALLS
            tool_use                  | TOOL_CALLS
            function_call             | TOOL_CALLS
            content_filter            | CONTENT_FILTER
            content_filtered          | CONTENT_FILTER
            guardrail_intervened      | CONTENT_FILTER
            refusal                   | CONTENT_FILTER
            safety                    | CONTENT_FILTER
            recitation                | CONTENT_FILTER
            blocklist                 | CONTENT_FILTER
            prohibited_content        | CONTENT_FILTER
            spii                      | CONTENT_FILTER
            image_safety              | CONTENT_FILTER
            """)
    void maps_every_known_provider_reason(String upstream, FinishReason expected) {
        assertThat(FinishReasons.fromUpstream(upstream)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            STOP            | STOP
            End_Turn        | STOP
            MAX_TOKENS      | LENGTH
            ' tool_use '    | TOOL_CALLS
            SAFETY          | CONTENT_FILTER
            'Length\t'      | LENGTH
            """)
    void ignores_case_and_surrounding_blanks(String upstream, FinishReason expected) {
        assertThat(FinishReasons.fromUpstream(upstream)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "other", "malformed_function_call", "pause_turn", "tool"})
    void an_unknown_reason_counts_as_a_natural_stop(String upstream) {
        assertThat(FinishReasons.fromUpstream(upstream)).isEqualTo(FinishReason.STOP);
    }

    @Test
    void a_missing_reason_counts_as_a_natural_stop() {
        assertThat(FinishReasons.fromUpstream(null)).isEqualTo(FinishReason.STOP);
    }

    @ParameterizedTest
    @EnumSource(FinishReason.class)
    void every_openai_reason_maps_to_itself(FinishReason reason) {
        assertThat(FinishReasons.fromUpstream(reason.wire())).isEqualTo(reason);
    }
}
