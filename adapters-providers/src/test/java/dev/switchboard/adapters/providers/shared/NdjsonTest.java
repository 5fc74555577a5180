package dev.switchboard.adapters.providers.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NdjsonTest {

    @Test
    void reads_one_json_text_per_line_skipping_blank_lines() {
        var in = new ByteArrayInputStream(
                "{\"a\":1}\n\n{\"b\":2}\r\n   \n{\"done\":true}".getBytes(StandardCharsets.UTF_8));

        assertThat(Ndjson.lines(in)).containsExactly("{\"a\":1}", "{\"b\":2}", "{\"done\":true}");
    }

    @Test
    void hands_on_each_line_as_soon_as_it_ends() {
        var input = new SseTest.Pieces();
        var lines = Ndjson.lines(input).iterator();
        input.send("{\"a\":1}\n");

        assertThat(lines.next()).isEqualTo("{\"a\":1}");
        input.end();
        assertThat(lines.hasNext()).isFalse();
    }

    @Test
    void passes_a_read_failure_on_unchecked() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("reset");
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                throw new IOException("reset");
            }
        };

        assertThatThrownBy(() -> Ndjson.lines(broken).toList()).isInstanceOf(UncheckedIOException.class);
    }
}
