package dev.switchboard.domain.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TraceParentTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    @ParameterizedTest
    @CsvSource({
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01, true",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00, false",
        // Flags other than sampled are kept out; sampled is bit 0.
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-03, true",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-02, false",
        // A later version is read by its first four fields, and may carry more.
        "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-what-comes-next, true",
        "'  00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 ', true",
    })
    void reads_a_valid_header(String header, boolean sampled) {
        assertThat(TraceParent.parse(header)).contains(new TraceParent(TRACE, SPAN, sampled));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "garbage",
                "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
                "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
                "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1",
            })
    void treats_an_invalid_header_as_none(String header) {
        assertThat(TraceParent.parse(header)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "true, 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "false, 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00"
    })
    void writes_the_header_of_version_00(boolean sampled, String header) {
        assertThat(new TraceParent(TRACE, SPAN, sampled).header()).isEqualTo(header);
    }

    @ParameterizedTest
    @CsvSource({
        "00000000000000000000000000000000, 00f067aa0ba902b7",
        "4bf92f3577b34da6a3ce929d0e0e4736, 0000000000000000",
        "xyz, 00f067aa0ba902b7",
        "4bf92f3577b34da6a3ce929d0e0e4736, 00F067AA0BA902B7"
    })
    void refuses_invalid_ids(String traceId, String spanId) {
        assertThatThrownBy(() -> new TraceParent(traceId, spanId, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
