package dev.switchboard.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SequenceTest {

    @Test
    void a_stream_with_every_number_in_order_and_done_is_complete() {
        var sequence = new Sequence(3);
        sequence.accept("0 ");
        sequence.accept("1 ");
        sequence.accept("2 ");
        sequence.done();

        assertThat(sequence.complete()).isTrue();
        assertThat(sequence.received()).isEqualTo(3);
    }

    @Test
    void counts_numbers_that_never_arrived() {
        var sequence = new Sequence(4);
        sequence.accept("0 ");
        sequence.accept("3 ");
        sequence.done();

        assertThat(sequence.lost()).isEqualTo(2);
        assertThat(sequence.outOfOrder()).isZero();
        assertThat(sequence.complete()).isFalse();
    }

    @Test
    void counts_reordered_and_repeated_numbers() {
        var sequence = new Sequence(3);
        sequence.accept("1 ");
        sequence.accept("0 ");
        sequence.accept("2 ");
        sequence.accept("2 ");
        sequence.done();

        assertThat(sequence.outOfOrder()).isEqualTo(2);
        assertThat(sequence.lost()).isZero();
        assertThat(sequence.complete()).isFalse();
    }

    @Test
    void reads_several_numbers_from_one_merged_chunk() {
        var sequence = new Sequence(3);
        sequence.accept("0 1 2 ");
        sequence.done();

        assertThat(sequence.complete()).isTrue();
    }

    @Test
    void a_stream_without_done_is_not_complete() {
        var sequence = new Sequence(1);
        sequence.accept("0 ");

        assertThat(sequence.complete()).isFalse();
    }
}
