package dev.switchboard.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HttpResponseException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorResponsesTest {

    @ParameterizedTest(name = "{0} ms -> {1} s")
    @CsvSource({"0, 1", "1, 1", "999, 1", "1000, 1", "1001, 2", "1500, 2", "20000, 20", "-5, 1"})
    void rounds_retry_after_up_to_whole_seconds(long millis, long seconds) {
        assertThat(ErrorResponses.seconds(Duration.ofMillis(millis))).isEqualTo(seconds);
    }

    @Test
    void answers_javalin_limits_and_other_statuses_in_the_envelope() {
        var tooLarge =
                ErrorResponses.answer(new HttpResponseException(413, "too large"), "POST", "/v1/embeddings", "r1");
        var unavailable = ErrorResponses.answer(new HttpResponseException(503, "busy"), "GET", "/v1/models", "r2");
        var teapot = ErrorResponses.answer(new HttpResponseException(418, "no coffee"), "GET", "/v1/models", "r3");

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body().code()).isEqualTo("request_too_large");
        assertThat(unavailable.body().type()).isEqualTo("server_error");
        assertThat(teapot.body().type()).isEqualTo("invalid_request_error");
        assertThat(teapot.body().message()).isEqualTo("no coffee");
    }

    @Test
    void answers_an_illegal_argument_with_400_and_its_message() {
        var answer =
                ErrorResponses.answer(new IllegalArgumentException("dimensions must be at least 1"), "POST", "/", "r");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().message()).isEqualTo("dimensions must be at least 1");
    }
}
