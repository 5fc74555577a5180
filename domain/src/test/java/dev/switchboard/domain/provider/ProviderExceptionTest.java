package dev.switchboard.domain.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProviderExceptionTest {

    @Test
    void carries_its_failure_and_the_failures_message() {
        var failure = new ProviderFailure.RateLimited("slow down", Duration.ofSeconds(3));

        var exception = new ProviderException(failure);

        assertThat(exception.failure()).isSameAs(failure);
        assertThat(exception).hasMessage("slow down").hasNoCause();
    }

    @Test
    void captures_no_stack_trace_and_takes_no_suppressed_exceptions() {
        var exception = new ProviderException(new ProviderFailure.Timeout("too slow"));
        exception.addSuppressed(new IllegalStateException("ignored"));

        assertThat(exception.getStackTrace()).isEmpty();
        assertThat(exception.getSuppressed()).isEmpty();
    }

    @Test
    void keeps_its_cause() {
        var cause = new IOException("connection reset");

        var exception = new ProviderException(new ProviderFailure.Network("the connection broke"), cause);

        assertThat(exception).hasMessage("the connection broke").hasCause(cause);
        assertThat(exception.failure()).isEqualTo(new ProviderFailure.Network("the connection broke"));
        assertThat(exception.getStackTrace()).isEmpty();
    }

    @Test
    void requires_a_failure() {
        assertThatThrownBy(() -> new ProviderException(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("failure");
        assertThatThrownBy(() -> new ProviderException(null, new IOException()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("failure");
    }
}
