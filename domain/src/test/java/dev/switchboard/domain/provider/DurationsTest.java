package dev.switchboard.domain.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest(name = "\"{0}\" -> {1} ms")
    @CsvSource(delimiter = '|', textBlock = """
            30       | 30000
            0        | 0
            1.5      | 1500
            250ms    | 250
            0.4ms    | 0
            0.5ms    | 1
            30s      | 30000
            2.5s     | 2500
            2m       | 120000
            1h       | 3600000
            0.5h     | 1800000
            ' 45s '  | 45000
            """)
    void reads_seconds_and_unit_suffixes(String text, long millis) {
        assertThat(Durations.parse(text)).contains(Duration.ofMillis(millis));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "s", "-1", "-5s", "30 s", "1d", "1.s", ".5s", "PT30S", "30S", "1e3", "ten"})
    void is_empty_for_anything_else(String text) {
        assertThat(Durations.parse(text)).isEmpty();
    }
}
