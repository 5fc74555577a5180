package dev.switchboard.domain.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProviderFailureTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new ProviderFailure.RateLimited("m", Duration.ofSeconds(1)), true),
                Arguments.of(new ProviderFailure.RateLimited("m", null), true),
                Arguments.of(new ProviderFailure.Unauthorized("m"), false),
                Arguments.of(new ProviderFailure.Forbidden("m"), false),
                Arguments.of(new ProviderFailure.ModelNotFound("m"), false),
                Arguments.of(new ProviderFailure.InvalidRequest("m", "messages"), false),
                Arguments.of(new ProviderFailure.ContextLengthExceeded("m"), false),
                Arguments.of(new ProviderFailure.Unavailable(503, "m"), true),
                Arguments.of(new ProviderFailure.Timeout("m"), true),
                Arguments.of(new ProviderFailure.Network("m"), true),
                Arguments.of(new ProviderFailure.MalformedResponse("m"), true));
    }

    @ParameterizedTest(name = "{0}: retryable {1}")
    @MethodSource("failures")
    void only_transient_failures_are_worth_retrying(ProviderFailure failure, boolean retryable) {
        assertThat(failure.retryable()).isEqualTo(retryable);
        assertThat(failure.message()).isEqualTo("m");
    }

    @Test
    void a_rate_limit_requires_a_message() {
        assertThatThrownBy(() -> new ProviderFailure.RateLimited(null, null)).hasMessage("message");
    }
}
