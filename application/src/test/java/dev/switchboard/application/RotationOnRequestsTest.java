package dev.switchboard.application;

import static dev.switchboard.application.Rotations.key;
import static dev.switchboard.application.Rotations.rateLimited;
import static dev.switchboard.application.Rotations.revoked;
import static dev.switchboard.application.Rotations.start;
import static dev.switchboard.application.Rotations.state;
import static dev.switchboard.application.Rotations.unavailable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.fixtures.ChatRequests;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.rotation.ProfileStatus;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RotationOnRequestsTest {

    private final KeyedFakes fakes = new KeyedFakes();
    private final ManualClock clock = new ManualClock();
    private final FakeStorage storage = new FakeStorage();

    private void chat(Gateway gateway, int times) {
        IntStream.range(0, times)
                .forEach(i -> gateway.chat(ChatRequests.userSays("openai/m", "hi " + i), RequestContext.generated()));
    }

    @Test
    void with_one_key_revoked_and_one_rate_limited_every_call_succeeds_on_the_working_key() {
        fakes.fail("sk-revoked", revoked()).fail("sk-limited", rateLimited(Duration.ofSeconds(30)));

        try (var gateway = start(fakes, List.of(key("revoked"), key("limited"), key("working")), storage, clock)) {
            chat(gateway, 12);
        }

        assertThat(fakes.provider("openai").calls()).hasSize(12);
        assertThat(fakes.attempts())
                .filteredOn(k -> !k.equals("sk-working"))
                .containsExactlyInAnyOrder("sk-revoked", "sk-limited");
        assertThat(state(storage, "revoked").status())
                .isEqualTo(new ProfileStatus.Disabled("unauthorized: invalid api key", ManualClock.T0));
        assertThat(state(storage, "limited").status())
                .isEqualTo(new ProfileStatus.CoolingDown(ManualClock.T0.plusSeconds(30), "rate limited"));
        assertThat(state(storage, "working").lastSuccess()).isEqualTo(ManualClock.T0);
    }

    @Test
    void when_every_key_cools_down_a_call_fails_fast_with_the_soonest_retry_after() {
        fakes.fail("sk-a", rateLimited(Duration.ofSeconds(30))).fail("sk-b", rateLimited(Duration.ofSeconds(10)));

        try (var gateway = start(fakes, List.of(key("a"), key("b")), storage, clock)) {
            assertThatThrownBy(() -> chat(gateway, 1))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure())
                                    .isEqualTo(new ProviderFailure.RateLimited(
                                            "no usable auth profile: 0 cooling down, 0 disabled, 2 already tried",
                                            Duration.ofSeconds(10))));
            clock.advance(Duration.ofSeconds(4));

            assertThatThrownBy(() -> chat(gateway, 1))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure())
                                    .isEqualTo(new ProviderFailure.RateLimited(
                                            "no usable auth profile: 2 cooling down, 0 disabled, 0 already tried",
                                            Duration.ofSeconds(6))));
        }

        assertThat(fakes.attempts()).hasSize(2);
    }

    @Test
    void tries_each_key_at_most_once_per_request_and_fails_with_the_last_refusal() {
        fakes.fail("sk-a", revoked()).fail("sk-b", revoked()).fail("sk-c", revoked());

        try (var gateway = start(fakes, List.of(key("a"), key("b"), key("c")), storage, clock)) {
            assertThatThrownBy(() -> chat(gateway, 1))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.Unauthorized.class));
        }

        assertThat(fakes.attempts()).containsExactlyInAnyOrder("sk-a", "sk-b", "sk-c");
    }

    @Test
    void a_clients_bad_request_does_not_penalise_the_key_nor_try_another() {
        var invalid = new ProviderException(new ProviderFailure.InvalidRequest("max_tokens too large", "max_tokens"));
        fakes.fail("sk-a", invalid).fail("sk-b", invalid);

        try (var gateway = start(fakes, List.of(key("a"), key("b")), storage, clock)) {
            assertThatThrownBy(() -> chat(gateway, 1)).isSameAs(invalid);
        }

        assertThat(fakes.attempts()).hasSize(1);
        String used = fakes.attempts().getFirst().substring(3);
        assertThat(state(storage, used).status()).isEqualTo(ProfileStatus.active());
        assertThat(state(storage, used).consecutiveFailures()).isZero();
        assertThat(state(storage, used).lastError().kind()).isEqualTo("invalid_request");
    }

    @Test
    void server_errors_cool_a_key_down_once_they_reach_the_threshold() {
        var overloaded = unavailable();
        fakes.fail("sk-a", overloaded);

        try (var gateway = start(fakes, List.of(key("a")), storage, clock)) {
            for (int failures = 1; failures <= 3; failures++) {
                assertThatThrownBy(() -> chat(gateway, 1)).isSameAs(overloaded);
                assertThat(state(storage, "a").consecutiveFailures()).isEqualTo(failures);
            }
            assertThat(state(storage, "a").status()).isInstanceOf(ProfileStatus.CoolingDown.class);

            assertThatThrownBy(() -> chat(gateway, 1))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.RateLimited.class));
        }

        assertThat(fakes.attempts()).hasSize(3);
    }

    @Test
    void a_success_after_failures_clears_them_in_the_store_at_once() {
        fakes.fail("sk-a", unavailable());
        try (var gateway = start(fakes, List.of(key("a")), storage, clock)) {
            assertThatThrownBy(() -> chat(gateway, 1)).isInstanceOf(ProviderException.class);
            fakes.heal("sk-a");

            chat(gateway, 1);

            assertThat(state(storage, "a").consecutiveFailures()).isZero();
            assertThat(state(storage, "a").lastSuccess()).isEqualTo(ManualClock.T0);
        }
    }

    @Test
    void a_provider_without_keys_is_called_without_one() {
        try (var gateway = start(fakes, List.of(key("a")), storage, clock)) {
            gateway.chat(ChatRequests.userSays("local/llama3", "hi"), RequestContext.generated());
        }

        assertThat(fakes.attempts()).containsExactly("anonymous");
    }
}
