package dev.switchboard.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsageTest {

    @ParameterizedTest
    @CsvSource({"-1, 0, 0, 0", "0, -1, 0, 0", "0, 0, -1, 0", "0, 0, 0, -1"})
    void rejects_negative_counts(int prompt, int completion, int cached, int reasoning) {
        assertThatThrownBy(() -> new Usage(prompt, completion, cached, reasoning, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("token counts must not be negative");
    }

    @Test
    void the_total_is_prompt_plus_completion() {
        assertThat(new Usage(10, 5, 8, 3, false).totalTokens()).isEqualTo(15);
        assertThat(Usage.ZERO.totalTokens()).isZero();
        assertThat(Usage.of(2, 3)).isEqualTo(new Usage(2, 3, 0, 0, false));
    }

    @Test
    void adds_up_and_stays_estimated_when_either_was() {
        var reported = new Usage(10, 5, 4, 1, false);
        var estimated = new Usage(1, 2, 0, 0, true);

        assertThat(reported.plus(reported)).isEqualTo(new Usage(20, 10, 8, 2, false));
        assertThat(reported.plus(estimated)).isEqualTo(new Usage(11, 7, 4, 1, true));
        assertThat(estimated.plus(reported).estimated()).isTrue();
    }
}
