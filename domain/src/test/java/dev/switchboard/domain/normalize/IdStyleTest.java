package dev.switchboard.domain.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdStyleTest {

    @ParameterizedTest(name = "{0}: \"{1}\" -> \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            CHAT       | chatcmpl-abc123        | chatcmpl-abc123
            CHAT       | abc123                 | chatcmpl-abc123
            CHAT       | msg_01XyZ              | chatcmpl-msg_01XyZ
            CHAT       | '  abc  '              | chatcmpl-abc
            CHAT       | cmpl-abc               | chatcmpl-cmpl-abc
            CHAT       | a b/c+d=e              | chatcmpl-a_b_c_d_e
            CHAT       | gen-1.2:3              | chatcmpl-gen-1.2_3
            CHAT       | chatcmpl-x y           | chatcmpl-x_y
            COMPLETION | cmpl-abc123            | cmpl-abc123
            COMPLETION | abc123                 | cmpl-abc123
            COMPLETION | chatcmpl-abc           | cmpl-chatcmpl-abc
            COMPLETION | ü                      | cmpl-_
            """)
    void keeps_prefixes_and_sanitizes_upstream_ids(IdStyle style, String upstream, String expected) {
        assertThat(style.apply(upstream, new Random(1))).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void generates_an_id_when_the_upstream_gave_none(String upstream) {
        assertThat(IdStyle.CHAT.apply(upstream, new Random(1))).matches("chatcmpl-[A-Za-z0-9]{29}");
        assertThat(IdStyle.COMPLETION.apply(upstream, new Random(1))).matches("cmpl-[A-Za-z0-9]{29}");
    }

    @ParameterizedTest
    @EnumSource(IdStyle.class)
    void generated_ids_carry_the_prefix_and_29_letters_or_digits(IdStyle style) {
        assertThat(style.generate(new Random(7)))
                .startsWith(style.prefix())
                .hasSize(style.prefix().length() + 29);
    }

    @Test
    void the_same_seed_generates_the_same_id_and_another_seed_another() {
        assertThat(IdStyle.CHAT.generate(new Random(42))).isEqualTo(IdStyle.CHAT.generate(new Random(42)));
        assertThat(IdStyle.CHAT.generate(new Random(42))).isNotEqualTo(IdStyle.CHAT.generate(new Random(43)));
    }

    @Test
    void prefixes_are_openais() {
        assertThat(IdStyle.CHAT.prefix()).isEqualTo("chatcmpl-");
        assertThat(IdStyle.COMPLETION.prefix()).isEqualTo("cmpl-");
    }
}
