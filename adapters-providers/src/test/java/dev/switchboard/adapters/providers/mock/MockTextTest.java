package dev.switchboard.adapters.providers.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MockTextTest {

    @Test
    void cuts_words_with_the_whitespace_before_them_and_keeps_every_character() {
        assertThat(MockText.words(" a  b\nc ")).containsExactly(" a", "  b", "\nc ");
        assertThat(MockText.words("")).isEmpty();
        assertThat(MockText.words("   ")).containsExactly("   ");
    }

    @Test
    void counts_words_as_tokens() {
        assertThat(MockText.tokens("one, two three!")).isEqualTo(3);
        assertThat(MockText.tokens("  ")).isZero();
    }

    @Test
    void keeps_the_first_words() {
        assertThat(MockText.firstWords("a b c d", 2)).isEqualTo("a b");
    }

    @Test
    void cuts_chunks_of_characters_when_a_size_is_set() {
        assertThat(MockText.chunks("abcde", 2)).containsExactly("ab", "cd", "e");
        assertThat(MockText.chunks("ab cd", 0)).containsExactly("ab", " cd");
        assertThat(MockText.chunks("", 3)).isEmpty();
    }

    @Test
    void halves_text_into_two_pieces() {
        assertThat(MockText.halves("{}")).isEqualTo(List.of("{", "}"));
        assertThat(MockText.halves("abcde")).isEqualTo(List.of("ab", "cde"));
    }
}
