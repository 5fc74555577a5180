package dev.switchboard.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamClientTest {

    @Test
    void finds_the_delta_text_in_a_chunk() {
        assertThat(StreamClient.content("{\"choices\":[{\"delta\":{\"role\":\"assistant\",\"content\":\"12 \"}}]}"))
                .isEqualTo("12 ");
    }

    @Test
    void finds_nothing_in_a_chunk_without_text() {
        assertThat(StreamClient.content("{\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}"))
                .isNull();
    }
}
