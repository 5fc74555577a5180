package dev.switchboard.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnumsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"STOP, stop", "LENGTH, length", "TOOL_CALLS, tool_calls", "CONTENT_FILTER, content_filter"})
    void finish_reasons_write_openais_values(FinishReason reason, String wire) {
        assertThat(reason.wire()).isEqualTo(wire);
    }

    @ParameterizedTest
    @EnumSource(ReasoningEffort.class)
    void reasoning_efforts_read_back_what_they_write(ReasoningEffort effort) {
        assertThat(ReasoningEffort.fromWire(effort.wire())).contains(effort);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"NONE, none", "MINIMAL, minimal", "LOW, low", "MEDIUM, medium", "HIGH, high", "XHIGH, xhigh"})
    void reasoning_efforts_write_openais_values(ReasoningEffort effort, String wire) {
        assertThat(effort.wire()).isEqualTo(wire);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "HIGH", "maximum", " low"})
    void an_unknown_reasoning_effort_is_empty(String wire) {
        assertThat(ReasoningEffort.fromWire(wire)).isEmpty();
    }
}
