package dev.switchboard.domain.rotation;

import static dev.switchboard.domain.rotation.Rotations.NO_JITTER;
import static dev.switchboard.domain.rotation.Rotations.T0;
import static dev.switchboard.domain.rotation.Rotations.always;
import static dev.switchboard.domain.rotation.Rotations.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.rotation.ProfileStatus.CoolingDown;
import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CooldownsTest {

    private static final ProfileId ID = new ProfileId("a");

    private static RotationState failedBefore(int failures) {
        return new RotationState(ID, ProfileStatus.active(), failures, null, null, null, 0);
    }

    private static Duration cooldown(RotationPolicy policy, int failuresBefore, ProviderFailure failure) {
        var status =
                policy.onFailure(failedBefore(failuresBefore), failure).next().status();
        return Duration.between(T0, ((CoolingDown) status).until());
    }

    private static Duration rateLimited(RotationPolicy policy, int failuresBefore, @Nullable Duration retryAfter) {
        return cooldown(policy, failuresBefore, new ProviderFailure.RateLimited("slow down", retryAfter));
    }

    @ParameterizedTest(name = "rate limit number {0} -> {1}s")
    @CsvSource({"1, 1", "2, 2", "3, 4", "4, 8", "8, 128", "9, 256", "10, 300", "11, 300", "2147483647, 300"})
    void backoff_doubles_with_each_failure_up_to_the_cap(int failure, long seconds) {
        assertThat(rateLimited(policy(NO_JITTER, T0), failure - 1, null)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "rate limit number {0}, random {1} -> {2}ms")
    @CsvSource({
        "1, 0.0, 800",
        "1, 0.5, 1000",
        "1, 0.75, 1100",
        "3, 0.0, 3200",
        "9, 0.0, 204800",
        "9, 0.999999, 300000",
        "10, 0.0, 240000",
        "10, 0.5, 300000",
        "10, 0.999999, 300000"
    })
    void jitter_moves_the_backoff_by_up_to_a_fifth_never_past_the_cap(int failure, double random, long millis) {
        var policy = policy(RotationSettings.defaults(), always(random));

        assertThat(rateLimited(policy, failure - 1, null)).isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void jittered_backoffs_stay_within_their_bounds_and_spread() {
        var policy = policy(RotationSettings.defaults(), new Random(7));
        for (int failure = 1; failure <= 12; failure++) {
            long plain = Math.min(1000L << (failure - 1), 300_000);
            Set<Duration> seen = new HashSet<>();
            for (int draw = 0; draw < 200; draw++) {
                var cooldown = rateLimited(policy, failure - 1, null);
                assertThat(cooldown.toMillis()).isBetween(plain * 8 / 10, Math.min(plain * 12 / 10, 300_000));
                seen.add(cooldown);
            }
            // Below the cap every draw differs; at the cap, draws above it are pinned to it.
            assertThat(seen).hasSizeGreaterThan(90);
        }
    }

    @ParameterizedTest(name = "Retry-After {0} -> {1}")
    @CsvSource({"PT7S, PT7S", "PT0.25S, PT0.25S", "PT10M, PT10M", "PT0S, PT0S", "PT-3S, PT0S", "P3D, P1D"})
    void an_upstream_retry_after_is_honoured_exactly_up_to_a_day(Duration retryAfter, Duration cooldown) {
        var policy = policy(RotationSettings.defaults(), new Random(1));

        assertThat(rateLimited(policy, 5, retryAfter)).isEqualTo(cooldown);
    }

    @Test
    void a_retry_after_of_zero_leaves_the_profile_usable_at_once() {
        var failure = new ProviderFailure.RateLimited("slow down", Duration.ZERO);

        var outcome = policy().onFailure(failedBefore(0), failure);

        assertThat(outcome.next().usableAt(T0)).isTrue();
        assertThat(outcome.tryNextProfile()).isTrue();
    }

    @ParameterizedTest(name = "random {0} -> {1}ms")
    @CsvSource({"0.0, 24000", "0.5, 30000", "0.999999, 35999.988"})
    void the_failure_cooldown_is_jittered_too(double random, double millis) {
        var policy = policy(RotationSettings.defaults(), always(random));

        var cooldown = cooldown(policy, 2, new ProviderFailure.Timeout("too slow"));

        assertThat(cooldown.toNanos() / 1e6).isCloseTo(millis, offset(0.001));
    }

    @Test
    void a_cooldown_ends_at_its_instant() {
        var state = policy(NO_JITTER, T0)
                .onFailure(failedBefore(0), new ProviderFailure.RateLimited("slow down", Duration.ofSeconds(20)))
                .next();

        assertThat(state.usableAt(T0.plusSeconds(19))).isFalse();
        assertThat(state.usableAt(T0.plusMillis(19_999))).isFalse();
        assertThat(state.usableAt(T0.plusSeconds(20))).isTrue();
        assertThat(state.usableAt(T0.plusSeconds(21))).isTrue();
    }
}
