package dev.switchboard.adapters.providers.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

class SseTest {

    static List<SseEvent> parse(String text) {
        return Sse.events(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    @Test
    void reads_data_events_ended_by_blank_lines() {
        assertThat(parse("data: {\"a\":1}\n\ndata: [DONE]\n\n"))
                .containsExactly(new SseEvent("message", "{\"a\":1}", null), new SseEvent("message", "[DONE]", null));
    }

    @Test
    void joins_several_data_lines_with_a_line_feed() {
        assertThat(parse("data: first\ndata:second\ndata:  third\n\n"))
                .containsExactly(new SseEvent("message", "first\nsecond\n third", null));
    }

    @Test
    void accepts_crlf_and_lone_cr_line_ends() {
        assertThat(parse("data: a\r\n\r\ndata: b\r\rdata: c\n\n"))
                .extracting(SseEvent::data)
                .containsExactly("a", "b", "c");
    }

    @Test
    void ignores_comments_retry_and_unknown_fields() {
        assertThat(parse(": keep-alive\nretry: 1000\nfoo: bar\ndata: x\n\n: bye\n\n"))
                .containsExactly(new SseEvent("message", "x", null));
    }

    @Test
    void reads_the_event_type_and_keeps_the_last_event_id() {
        assertThat(parse("event: error\nid: 7\ndata: boom\n\ndata: next\n\nid\ndata: cleared\n\n"))
                .containsExactly(
                        new SseEvent("error", "boom", "7"),
                        new SseEvent("message", "next", "7"),
                        new SseEvent("message", "cleared", ""));
    }

    @Test
    void a_field_without_colon_or_value_counts_as_empty() {
        assertThat(parse("data\n\ndata:\n\n")).extracting(SseEvent::data).containsExactly("", "");
    }

    @Test
    void skips_a_blank_line_with_no_data_and_resets_the_event_type() {
        assertThat(parse("event: ping\n\ndata: x\n\n")).containsExactly(new SseEvent("message", "x", null));
    }

    @Test
    void skips_a_leading_byte_order_mark() {
        assertThat(parse("\uFEFFdata: x\n\n")).extracting(SseEvent::data).containsExactly("x");
    }

    @Test
    void drops_an_event_the_input_ends_in_the_middle_of() {
        assertThat(parse("data: whole\n\ndata: cut")).extracting(SseEvent::data).containsExactly("whole");
    }

    @Test
    void reads_multi_byte_characters_and_lines_longer_than_its_buffer() {
        String long_ = "é".repeat(10_000);

        assertThat(parse("data: " + long_ + "\n\ndata: ✓\n\n"))
                .extracting(SseEvent::data)
                .containsExactly(long_, "✓");
    }

    @Test
    void hands_on_each_event_before_the_next_bytes_arrive() {
        var input = new Pieces();
        var events = Sse.events(input).iterator();
        input.send("data: one\n");
        input.send("\n");

        assertThat(events.next().data()).isEqualTo("one");

        input.send("data: two\r");
        input.send("\n\r\n");
        assertThat(events.next().data()).isEqualTo("two");
        input.end();
        assertThat(events.hasNext()).isFalse();
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

        assertThatThrownBy(() -> Sse.events(broken).toList())
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("reset");
    }

    /** An input whose bytes arrive only when the test sends them; reading blocks until then. */
    static final class Pieces extends InputStream {
        private final LinkedBlockingQueue<byte[]> pieces = new LinkedBlockingQueue<>();
        private byte[] current = new byte[0];
        private int position;

        void send(String text) {
            pieces.add(text.getBytes(StandardCharsets.UTF_8));
        }

        void end() {
            pieces.add(new byte[0]);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (position == current.length) {
                try {
                    current = pieces.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
                position = 0;
                if (current.length == 0) return -1;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, bytes, offset, count);
            position += count;
            return count;
        }
    }
}
