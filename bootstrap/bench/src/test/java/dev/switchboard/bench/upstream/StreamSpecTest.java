package dev.switchboard.bench.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StreamSpecTest {

    @Test
    void reads_chunk_count_and_gap_from_the_model_name() {
        assertThat(StreamSpec.of("bench-stream-20x10ms")).isEqualTo(new StreamSpec(20, 10));
        assertThat(StreamSpec.of("bench-stream-1x0ms")).isEqualTo(new StreamSpec(1, 0));
    }

    @Test
    void streams_the_default_for_any_other_model() {
        assertThat(StreamSpec.of("bench-echo")).isEqualTo(StreamSpec.DEFAULT);
        assertThat(StreamSpec.of("up/bench-stream-20x10ms")).isEqualTo(StreamSpec.DEFAULT);
        assertThat(StreamSpec.of("bench-stream-20x10")).isEqualTo(StreamSpec.DEFAULT);
    }

    @Test
    void names_the_model_that_asks_for_it() {
        var spec = new StreamSpec(7, 250);
        assertThat(StreamSpec.of(spec.model())).isEqualTo(spec);
    }

    @Test
    void rejects_a_stream_without_chunks() {
        assertThatThrownBy(() -> new StreamSpec(0, 10)).hasMessageContaining("chunks");
        assertThatThrownBy(() -> new StreamSpec(1, -1)).hasMessageContaining("gapMillis");
    }
}
