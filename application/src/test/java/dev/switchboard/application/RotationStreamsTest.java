package dev.switchboard.application;

import static dev.switchboard.application.Rotations.key;
import static dev.switchboard.application.Rotations.rateLimited;
import static dev.switchboard.application.Rotations.start;
import static dev.switchboard.application.Rotations.state;
import static dev.switchboard.application.Rotations.unavailable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.completion.CompletionRequest;
import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.rotation.ProfileStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotationStreamsTest {

    private final KeyedFakes fakes = new KeyedFakes();
    private final ManualClock clock = new ManualClock();
    private final FakeStorage storage = new FakeStorage();

    @Test
    void a_rate_limit_while_opening_a_stream_moves_to_the_next_key() {
        fakes.fail("sk-a", rateLimited(Duration.ofSeconds(30)));
        var events = new ArrayList<ChatEvent>();

        try (var gateway = start(fakes, List.of(key("a"), key("b")), storage, clock);
                var stream = gateway.streamChat(ChatRequests.userSays("openai/m", "hi"), RequestContext.generated())) {
            stream.forEach(events::add);
        }

        assertThat(events).first().isInstanceOf(ChatEvent.Started.class);
        assertThat(events).last().isInstanceOf(ChatEvent.UsageReported.class);
        assertThat(fakes.attempts()).endsWith("sk-b");
        assertThat(state(storage, "a").status()).isInstanceOf(ProfileStatus.CoolingDown.class);
    }

    @Test
    void a_text_stream_rotates_the_same_way() {
        fakes.fail("sk-a", rateLimited(Duration.ofSeconds(30)));

        try (var gateway = start(fakes, List.of(key("a"), key("b")), storage, clock);
                var stream = gateway.streamCompletion(
                        CompletionRequest.of("openai/m", "Once upon"), RequestContext.generated())) {
            assertThat(stream).isNotEmpty();
        }

        assertThat(fakes.attempts()).endsWith("sk-b");
    }

    @Test
    void a_failure_while_reading_is_reported_against_its_key_and_not_retried() {
        var broken = unavailable();
        fakes.provider("openai").failStreamAfter(1, broken);

        try (var gateway = start(fakes, List.of(key("a")), storage, clock);
                var stream = gateway.streamChat(ChatRequests.userSays("openai/m", "hi"), RequestContext.generated())) {
            var events = stream.iterator();
            events.next();

            assertThatThrownBy(() -> {
                        while (events.hasNext()) events.next();
                    })
                    .isSameAs(broken);
        }

        assertThat(fakes.attempts()).containsExactly("sk-a");
        assertThat(state(storage, "a").consecutiveFailures()).isEqualTo(1);
        assertThat(state(storage, "a").lastError().kind()).isEqualTo("unavailable");
    }
}
