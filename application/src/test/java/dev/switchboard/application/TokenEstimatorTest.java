package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Token counts of o200k_base, the encoding of OpenAI's current models. */
class TokenEstimatorTest {

    private final TokenEstimator tokens = new TokenEstimator();

    @ParameterizedTest(name = "''{0}'' is {1} tokens")
    @CsvSource(delimiter = '|', textBlock = """
            hello world                                  | 2
            ''                                           | 0
            the quick brown fox jumps over the lazy dog  | 9
            """)
    void counts_tokens_with_a_real_tokenizer(String text, int expected) {
        assertThat(tokens.count(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void counts_the_same_on_every_call_once_the_encoding_is_loaded() {
        assertThat(tokens.count("hello world")).isEqualTo(tokens.count("hello world"));
        assertThat(tokens.count("hello world hello world")).isEqualTo(4);
    }
}
