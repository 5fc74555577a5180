package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.auth.AuthProfile;
import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.fixtures.RotationStates;
import dev.switchboard.domain.model.ProviderId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingUsageTest {

    private static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");

    private final InMemoryAuthProfileStore profiles = new InMemoryAuthProfileStore();
    private final CountingStates states = new CountingStates(new InMemoryRotationStateStore(profiles));
    private final PendingUsage usage = new PendingUsage();
    private final ProfileId key = profiles.save(
                    new AuthProfile(ProfileId.random(), ProviderId.of("openai"), "a", null, T0))
            .id();

    @Test
    void writes_the_latest_success_of_each_key_once() {
        usage.record(key, T0.plusSeconds(2));
        usage.record(key, T0.plusSeconds(1));

        assertThat(usage.flush(states)).isEqualTo(1);

        assertThat(states.states(ProviderId.of("openai")).get(key).lastSuccess())
                .isEqualTo(T0.plusSeconds(2));
        assertThat(states.updates()).isEqualTo(1);
        assertThat(usage.size()).isZero();
        assertThat(usage.flush(states)).isZero();
    }

    @Test
    void keeps_a_failure_written_meanwhile_and_never_moves_time_back() {
        states.update(key, RotationStates::failedOnce);
        states.update(key, state -> RotationStates.coolingDown(state, T0.plusSeconds(9), T0.plusSeconds(60)));
        usage.record(key, T0.plusSeconds(5));

        usage.flush(states);

        var state = states.states(ProviderId.of("openai")).get(key);
        assertThat(state.consecutiveFailures()).isEqualTo(2);
        assertThat(state.lastUsed()).isEqualTo(T0.plusSeconds(9));
        assertThat(state.lastSuccess()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void keeps_the_successes_while_the_store_is_down_and_writes_them_when_it_is_back() {
        usage.record(key, T0);
        states.down(true);

        assertThat(usage.flush(states)).isZero();
        assertThat(usage.size()).isEqualTo(1);
        states.down(false);

        assertThat(usage.flush(states)).isEqualTo(1);
        assertThat(states.states(ProviderId.of("openai")).get(key).lastSuccess())
                .isEqualTo(T0);
    }

    @Test
    void forgets_a_key_deleted_meanwhile() {
        usage.record(new ProfileId("deleted"), T0);

        assertThat(usage.flush(states)).isZero();
        assertThat(usage.size()).isZero();
    }
}
