package dev.switchboard.application;

import static dev.switchboard.application.Rotations.key;
import static dev.switchboard.application.Rotations.profile;
import static dev.switchboard.application.Rotations.rateLimited;
import static dev.switchboard.application.Rotations.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.chat.ChatResponse;
import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.fixtures.Concurrently;
import dev.switchboard.domain.rotation.ProfileStatus;
import dev.switchboard.domain.rotation.RotationState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RotationConcurrencyTest {

    private final KeyedFakes fakes = new KeyedFakes();
    private final ManualClock clock = new ManualClock();
    private final FakeStorage storage = FakeStorage.counting();

    @Test
    void two_hundred_concurrent_calls_all_succeed_and_never_get_a_disabled_key()
            throws InterruptedException, ExecutionException {
        fakes.fail("sk-limited", rateLimited(Duration.ofMinutes(1)));
        try (var gateway = start(fakes, List.of(key("limited"), key("disabled"), key("working")), storage, clock)) {
            storage.rotationStates().update(profile(storage, "disabled").id(), RotationConcurrencyTest::disabled);
            var calls = IntStream.range(0, 200)
                    .mapToObj(i -> (Callable<ChatResponse>) () ->
                            gateway.chat(ChatRequests.userSays("openai/m", "call " + i), RequestContext.generated()))
                    .toList();

            assertThat(Concurrently.run(calls)).hasSize(200);
        }

        assertThat(fakes.attempts()).doesNotContain("sk-disabled");
        assertThat(fakes.attempts()).filteredOn("sk-working"::equals).hasSize(200);
        assertThat(Rotations.state(storage, "limited").status()).isInstanceOf(ProfileStatus.CoolingDown.class);
        assertThat(Rotations.state(storage, "limited").consecutiveFailures())
                .isEqualTo(
                        fakes.attempts().stream().filter("sk-limited"::equals).count());
    }

    private static RotationState disabled(RotationState state) {
        return new RotationState(
                state.profile(),
                new ProfileStatus.Disabled("retired", ManualClock.T0),
                0,
                null,
                null,
                null,
                state.version() + 1);
    }
}
