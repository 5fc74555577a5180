package dev.switchboard.domain.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PullProgressTest {

    @Test
    void only_the_success_status_says_the_pull_finished() {
        assertThat(PullProgress.of("success").succeeded()).isTrue();
        assertThat(new PullProgress("pulling 6a0746a1ec1a", "sha256:6a07", 100L, 5L).succeeded())
                .isFalse();
    }

    @Test
    void refuses_negative_sizes_naming_the_field() {
        assertThatThrownBy(() -> new PullProgress("pulling", "sha256:1", -1L, null))
                .hasMessage("total must not be negative");
        assertThatThrownBy(() -> new PullProgress("pulling", "sha256:1", 1L, -1L))
                .hasMessage("completed must not be negative");
    }

    @Test
    void a_stream_is_single_use_and_reports_nothing_after_close_which_runs_once() {
        var closed = new AtomicInteger();
        var stream = PullStream.from(
                List.of(PullProgress.of("pulling manifest"), PullProgress.of("success"))
                        .iterator(),
                closed::incrementAndGet);
        var read = new ArrayList<PullProgress>();
        var steps = stream.iterator();
        read.add(steps.next());
        stream.close();
        stream.close();

        assertThat(read).containsExactly(PullProgress.of("pulling manifest"));
        assertThat(steps.hasNext()).isFalse();
        assertThat(closed).hasValue(1);
        assertThatThrownBy(stream::iterator).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(steps::next).isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void a_stream_of_known_steps_gives_them_in_order() {
        try (var stream = PullStream.of(List.of(PullProgress.of("a"), PullProgress.of("success")))) {
            assertThat(stream).extracting(PullProgress::status).containsExactly("a", "success");
        }
    }
}
