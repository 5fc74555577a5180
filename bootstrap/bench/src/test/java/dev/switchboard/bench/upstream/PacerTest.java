package dev.switchboard.bench.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import org.junit.jupiter.api.Test;

class PacerTest {

    @Test
    void waits_for_io_alone_when_no_stream_is_paced() {
        assertThat(new Pacer().millisToWait(System.nanoTime())).isEqualTo(-1);
    }

    @Test
    void wakes_at_the_next_tick_rounded_up_to_a_millisecond_and_runs_what_is_due() throws IOException {
        var pacer = new Pacer();
        try (var selector = Selector.open();
                var channel = SocketChannel.open()) {
            channel.configureBlocking(false);
            var connection = new UpstreamConnection(channel, channel.register(selector, SelectionKey.OP_READ), pacer);
            long now = 1_000_000_000L;
            pacer.at(now + 4_200_000, connection);
            pacer.at(now + 9_000_000, connection);

            assertThat(pacer.millisToWait(now)).isEqualTo(5);
            pacer.runDue(now + 5_000_000);
            assertThat(pacer.millisToWait(now + 5_000_000)).isEqualTo(4);
            pacer.runDue(now + 9_000_000);
            assertThat(pacer.millisToWait(now + 9_000_000)).isEqualTo(-1);
        }
    }
}
