package dev.switchboard.domain.rotation;

import static dev.switchboard.domain.rotation.Rotations.NO_JITTER;
import static dev.switchboard.domain.rotation.Rotations.T0;
import static dev.switchboard.domain.rotation.Rotations.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.auth.ProfileId;
import dev.switchboard.domain.provider.ProviderFailure;
import dev.switchboard.domain.rotation.ProfileStatus.CoolingDown;
import dev.switchboard.domain.rotation.ProfileStatus.Disabled;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RotationOutcomesTest {

    private static final ProfileId ID = new ProfileId("a");
    private static final LastError EARLIER = new LastError("timeout", 0, T0.minusSeconds(60));
    private static final Instant SUCCESS = T0.minusSeconds(30);

    /** A profile that has served before: one failure since its last success. */
    private static RotationState used(ProfileStatus status, int failures) {
        return new RotationState(ID, status, failures, SUCCESS, SUCCESS, EARLIER, 7);
    }

    private static final Map<String, ProviderFailure> FAILURES = Map.ofEntries(
            Map.entry("rate limited for 20s", new ProviderFailure.RateLimited("slow down", Duration.ofSeconds(20))),
            Map.entry("rate limited", new ProviderFailure.RateLimited("slow down", null)),
            Map.entry("unauthorized", new ProviderFailure.Unauthorized("bad key")),
            Map.entry("forbidden", new ProviderFailure.Forbidden("no access")),
            Map.entry("503", new ProviderFailure.Unavailable(503, "overloaded")),
            Map.entry("unavailable", new ProviderFailure.Unavailable(0, "no status")),
            Map.entry("timeout", new ProviderFailure.Timeout("too slow")),
            Map.entry("network", new ProviderFailure.Network("reset")),
            Map.entry("malformed", new ProviderFailure.MalformedResponse("not json")),
            Map.entry("invalid request", new ProviderFailure.InvalidRequest("bad", "temperature")),
            Map.entry("context too long", new ProviderFailure.ContextLengthExceeded("too long")),
            Map.entry("model not found", new ProviderFailure.ModelNotFound("no such model")));

    @ParameterizedTest(name = "{0} -> {1}, next profile: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            rate limited for 20s | CoolingDown | true  | rate_limited            | 429 | 2
            rate limited         | CoolingDown | true  | rate_limited            | 429 | 2
            unauthorized         | Disabled    | true  | unauthorized            | 401 | 2
            forbidden            | Disabled    | true  | forbidden               | 403 | 2
            503                  | Active      | false | unavailable             | 503 | 2
            unavailable          | Active      | false | unavailable             | 0   | 2
            timeout              | Active      | false | timeout                 | 0   | 2
            network              | Active      | false | network                 | 0   | 2
            malformed            | Active      | false | malformed_response      | 0   | 2
            invalid request      | Active      | false | invalid_request         | 400 | 1
            context too long     | Active      | false | context_length_exceeded | 400 | 1
            model not found      | Active      | false | model_not_found         | 404 | 1
            """)
    void each_failure_kind_has_its_outcome(
            String failure, String status, boolean tryNext, String kind, int httpStatus, int failuresAfter) {
        var outcome = policy().onFailure(used(ProfileStatus.active(), 1), FAILURES.get(failure));

        assertThat(outcome.tryNextProfile()).isEqualTo(tryNext);
        assertThat(outcome.next().status().getClass().getSimpleName()).isEqualTo(status);
        assertThat(outcome.next())
                .isEqualTo(new RotationState(
                        ID,
                        outcome.next().status(),
                        failuresAfter,
                        T0,
                        SUCCESS,
                        new LastError(kind, httpStatus, T0),
                        8));
    }

    @Test
    void every_failure_kind_is_in_the_table() {
        assertThat(FAILURES.values().stream().map(LastError::kindOf).distinct()).hasSize(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serverFailures")
    void the_threshold_th_consecutive_server_failure_cools_the_profile_without_trying_the_next(
            ProviderFailure failure) {
        var outcome = policy(NO_JITTER, T0).onFailure(used(ProfileStatus.active(), 2), failure);

        String reason = "3 consecutive failures, the last: " + LastError.kindOf(failure);
        assertThat(outcome.next().status()).isEqualTo(new CoolingDown(T0.plusSeconds(30), reason));
        assertThat(outcome.next().consecutiveFailures()).isEqualTo(3);
        assertThat(outcome.tryNextProfile()).isFalse();
    }

    static Stream<ProviderFailure> serverFailures() {
        return Stream.of(
                new ProviderFailure.Unavailable(502, "bad gateway"),
                new ProviderFailure.Timeout("too slow"),
                new ProviderFailure.Network("refused"),
                new ProviderFailure.MalformedResponse("garbage"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clientFailures")
    void a_clients_own_mistake_never_penalises_the_profile(ProviderFailure failure) {
        var cooling = new CoolingDown(T0.plusSeconds(5), "rate limited");

        var next = policy().onFailure(used(cooling, 2), failure).next();

        assertThat(next.status()).isEqualTo(cooling);
        assertThat(next.consecutiveFailures()).isEqualTo(2);
        assertThat(next.lastUsed()).isEqualTo(T0);
        assertThat(next.lastSuccess()).isEqualTo(SUCCESS);
    }

    static Stream<ProviderFailure> clientFailures() {
        return Stream.of(
                new ProviderFailure.InvalidRequest("bad", null),
                new ProviderFailure.ContextLengthExceeded("too long"),
                new ProviderFailure.ModelNotFound("gone"));
    }

    static Stream<Arguments> successes() {
        var running = new CoolingDown(T0.plusSeconds(1), "rate limited");
        var disabled = new Disabled("unauthorized", T0.minusSeconds(5));
        return Stream.of(
                Arguments.of("active", ProfileStatus.active(), ProfileStatus.active()),
                Arguments.of(
                        "cooldown over", new CoolingDown(T0.minusSeconds(1), "rate limited"), ProfileStatus.active()),
                Arguments.of("cooldown ending now", new CoolingDown(T0, "rate limited"), ProfileStatus.active()),
                Arguments.of("cooldown running (a late report)", running, running),
                Arguments.of("disabled (a late report)", disabled, disabled));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("successes")
    void a_success_clears_failures_and_ends_only_a_finished_cooldown(
            String what, ProfileStatus before, ProfileStatus after) {
        var next = policy().onSuccess(used(before, 2));

        assertThat(next).isEqualTo(new RotationState(ID, after, 0, T0, T0, EARLIER, 8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("penalties")
    void a_late_failure_never_lifts_a_disable(ProviderFailure failure) {
        var disabled = new Disabled("disabled by an operator", T0.minusSeconds(5));

        var outcome = policy().onFailure(used(disabled, 5), failure);

        assertThat(outcome.next().status()).isEqualTo(disabled);
        assertThat(outcome.next().consecutiveFailures()).isEqualTo(6);
    }

    static Stream<ProviderFailure> penalties() {
        return Stream.of(
                new ProviderFailure.RateLimited("slow down", Duration.ofSeconds(1)),
                new ProviderFailure.Unauthorized("bad key"),
                new ProviderFailure.Forbidden("no"),
                new ProviderFailure.Unavailable(500, "oops"));
    }

    @ParameterizedTest(name = "running until +{0}s, retry after {1}s -> until +{2}s")
    @MethodSource("overlappingCooldowns")
    void a_new_cooldown_never_shortens_a_running_one(long runningSeconds, long retryAfterSeconds, long untilSeconds) {
        var running = new CoolingDown(T0.plusSeconds(runningSeconds), "rate limited");
        var failure = new ProviderFailure.RateLimited("slow down", Duration.ofSeconds(retryAfterSeconds));

        var next = policy().onFailure(used(running, 1), failure).next();

        assertThat(((CoolingDown) next.status()).until()).isEqualTo(T0.plusSeconds(untilSeconds));
    }

    static Stream<Arguments> overlappingCooldowns() {
        return Stream.of(
                Arguments.of(60, 5, 60), Arguments.of(5, 60, 60), Arguments.of(-5, 3, 3), Arguments.of(10, 10, 10));
    }
}
