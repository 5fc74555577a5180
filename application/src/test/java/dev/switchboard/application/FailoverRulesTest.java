package dev.switchboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which failures are the provider's, and which move a request to its next target. */
class FailoverRulesTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new ProviderFailure.Unavailable(503, "overloaded"), true, true),
                Arguments.of(new ProviderFailure.Unavailable(500, "internal error"), true, true),
                Arguments.of(new ProviderFailure.Timeout("no answer"), true, true),
                Arguments.of(new ProviderFailure.Network("connection reset"), true, true),
                Arguments.of(new ProviderFailure.MalformedResponse("not json"), true, true),
                Arguments.of(new ProviderFailure.RateLimited("slow down", Duration.ofSeconds(1)), false, true),
                Arguments.of(new ProviderFailure.RateLimited("slow down", null), false, true),
                Arguments.of(new ProviderFailure.Unauthorized("bad key"), false, true),
                Arguments.of(new ProviderFailure.Forbidden("no access"), false, true),
                Arguments.of(new ProviderFailure.ModelNotFound("no such model"), false, true),
                Arguments.of(new ProviderFailure.ContextLengthExceeded("too long"), false, true),
                Arguments.of(new ProviderFailure.InvalidRequest("bad temperature", "temperature"), false, false));
    }

    @ParameterizedTest(name = "{0}: provider fault {1}, moves on {2}")
    @MethodSource("failures")
    void tells_the_providers_faults_from_the_requests_and_what_moves_on(
            ProviderFailure failure, boolean providerFault, boolean movesOn) {
        assertThat(Failover.providerFault(failure)).isEqualTo(providerFault);
        assertThat(Failover.movesOn(failure)).isEqualTo(movesOn);
    }
}
