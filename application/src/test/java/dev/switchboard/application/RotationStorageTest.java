package dev.switchboard.application;

import static dev.switchboard.application.Rotations.key;
import static dev.switchboard.application.Rotations.rateLimited;
import static dev.switchboard.application.Rotations.start;
import static dev.switchboard.application.Rotations.state;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.rotation.ProfileStatus;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What rotation reads from and writes to the store, and when. */
class RotationStorageTest {

    private final KeyedFakes fakes = new KeyedFakes();
    private final ManualClock clock = new ManualClock();
    private final FakeStorage storage = FakeStorage.counting();
    private final List<KeySeed> two = List.of(key("a"), key("b"));

    private List<String> attemptsOf(Gateway gateway, int times) {
        int before = fakes.attempts().size();
        IntStream.range(0, times)
                .forEach(i -> gateway.chat(ChatRequests.userSays("openai/m", "hi"), RequestContext.generated()));
        return fakes.attempts().subList(before, fakes.attempts().size());
    }

    @Test
    void successful_requests_write_nothing_and_read_the_store_once_per_refresh() {
        try (var gateway = start(fakes, List.of(key("a"), key("b"), key("c")), storage, clock)) {
            attemptsOf(gateway, 50);
            clock.advance(Duration.ofMillis(999));
            attemptsOf(gateway, 50);

            assertThat(storage.counted().updates()).isZero();
            assertThat(storage.counted().reads()).isEqualTo(1);

            clock.advance(Duration.ofMillis(1));
            attemptsOf(gateway, 1);
            assertThat(storage.counted().reads()).isEqualTo(2);
            assertThat(state(storage, "a").lastSuccess()).isNull();
        }
    }

    @Test
    void closing_writes_when_each_key_last_served_once_per_key() {
        var gateway = start(fakes, two, storage, clock);
        attemptsOf(gateway, 10);
        clock.advance(Duration.ofSeconds(2));
        attemptsOf(gateway, 10);

        gateway.close();

        assertThat(storage.counted().updates()).isEqualTo(2);
        var expected = ManualClock.T0.plusSeconds(2);
        assertThat(state(storage, "a").lastSuccess()).isEqualTo(expected);
        assertThat(state(storage, "a").lastUsed()).isEqualTo(expected);
        assertThat(state(storage, "b").lastSuccess()).isEqualTo(expected);
    }

    @Test
    void a_cooldown_survives_a_restart() {
        fakes.fail("sk-a", rateLimited(Duration.ofSeconds(60)));
        try (var first = start(fakes, two, storage, clock)) {
            attemptsOf(first, 3);
        }
        fakes.heal("sk-a");
        clock.advance(Duration.ofSeconds(30));

        try (var second = start(fakes, two, storage, clock)) {
            assertThat(attemptsOf(second, 6)).containsOnly("sk-b");
            clock.advance(Duration.ofSeconds(30));
            assertThat(attemptsOf(second, 6)).contains("sk-a");
        }
    }

    @Test
    void another_node_skips_a_key_this_node_cooled_once_it_refreshes() {
        try (var one = start(fakes, two, storage, clock);
                var other = start(fakes, two, storage, clock)) {
            attemptsOf(other, 2);
            fakes.fail("sk-a", rateLimited(Duration.ofMinutes(5)));
            attemptsOf(one, 2);
            assertThat(state(storage, "a").status()).isInstanceOf(ProfileStatus.CoolingDown.class);
            fakes.heal("sk-a");

            clock.advance(Duration.ofSeconds(1));

            assertThat(attemptsOf(other, 10)).containsOnly("sk-b");
        }
    }

    @Test
    void while_the_store_is_down_a_refused_key_is_still_skipped_by_this_node() {
        try (var gateway = start(fakes, two, storage, clock)) {
            attemptsOf(gateway, 1);
            storage.counted().down(true);
            fakes.fail("sk-a", rateLimited(Duration.ofMinutes(5)));

            var attempts = attemptsOf(gateway, 10);
            clock.advance(Duration.ofSeconds(2));
            var afterRefresh = attemptsOf(gateway, 10);

            assertThat(attempts).containsOnlyOnce("sk-a").endsWith("sk-b");
            assertThat(afterRefresh).containsOnly("sk-b");
            storage.counted().down(false);
        }
    }
}
