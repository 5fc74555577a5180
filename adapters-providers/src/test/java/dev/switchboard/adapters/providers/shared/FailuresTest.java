package dev.switchboard.adapters.providers.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.provider.ProviderFailure;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The one table from upstream statuses, stream errors and I/O problems to domain failures. */
class FailuresTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-08-21T12:40:00Z"), ZoneOffset.UTC);

    static HttpHeaders headers(String... namesAndValues) {
        var map = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < namesAndValues.length; i += 2) map.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        return HttpHeaders.of(map, (name, value) -> true);
    }

    static ProviderFailure status(int status, UpstreamError error, String... headers) {
        return Failures.fromStatus(status, headers(headers), error, CLOCK);
    }

    @ParameterizedTest(name = "{0} means {1}")
    @CsvSource({
        "400, InvalidRequest", "401, Unauthorized", "402, Forbidden", "403, Forbidden", "404, InvalidRequest",
        "405, InvalidRequest", "408, Timeout", "409, InvalidRequest", "413, InvalidRequest", "422, InvalidRequest",
        "429, RateLimited", "500, Unavailable", "502, Unavailable", "503, Unavailable", "504, Timeout",
        "529, Unavailable", "599, Unavailable", "302, Unavailable"
    })
    void maps_each_status_to_one_failure(int status, String failure) {
        assertThat(status(status, UpstreamError.of("nope")).getClass().getSimpleName())
                .isEqualTo(failure);
    }

    @Test
    void keeps_the_upstream_message_and_param_of_a_client_error() {
        var error = new UpstreamError("messages[0].role is invalid", "invalid_request_error", null, "messages");

        assertThat(status(422, error))
                .isEqualTo(new ProviderFailure.InvalidRequest("messages[0].role is invalid", "messages"));
    }

    @Test
    void names_the_status_of_a_server_failure() {
        assertThat(status(503, UpstreamError.of("The engine is currently overloaded.")))
                .isEqualTo(new ProviderFailure.Unavailable(
                        503, "the upstream answered HTTP 503: The engine is currently overloaded."));
        assertThat(status(504, UpstreamError.unknown(504)))
                .isEqualTo(new ProviderFailure.Timeout("the upstream answered HTTP 504"));
    }

    @ParameterizedTest
    @MethodSource("contextOverflows")
    void recognises_a_context_overflow_by_code_or_wording(int status, UpstreamError error) {
        assertThat(status(status, error)).isInstanceOf(ProviderFailure.ContextLengthExceeded.class);
    }

    static List<Arguments> contextOverflows() {
        return List.of(
                Arguments.of(
                        400,
                        new UpstreamError("too long", "invalid_request_error", "context_length_exceeded", "messages")),
                Arguments.of(400, UpstreamError.of("This model's maximum context length is 128000 tokens.")),
                Arguments.of(
                        400, UpstreamError.of("the request exceeds the available context size, try increasing it")),
                Arguments.of(413, UpstreamError.of("prompt is too long: 210000 tokens > 200000 maximum")),
                Arguments.of(422, UpstreamError.of("Input is too long for this model's context window")));
    }

    @Test
    void a_not_found_that_names_a_model_or_deployment_is_model_not_found() {
        assertThat(status(404, new UpstreamError("gone", null, "model_not_found", null)))
                .isInstanceOf(ProviderFailure.ModelNotFound.class);
        assertThat(status(404, new UpstreamError("gone", null, "DeploymentNotFound", null)))
                .isInstanceOf(ProviderFailure.ModelNotFound.class);
        assertThat(status(404, new UpstreamError("gone", null, null, "model")))
                .isInstanceOf(ProviderFailure.ModelNotFound.class);
        assertThat(status(404, UpstreamError.of("The model `gpt-9` does not exist")))
                .isInstanceOf(ProviderFailure.ModelNotFound.class);
    }

    @Test
    void an_exhausted_quota_is_forbidden_since_waiting_does_not_help() {
        var quota = new UpstreamError(
                "You exceeded your current quota, please check your plan and billing details.",
                "insufficient_quota",
                "insufficient_quota",
                null);

        var failure = status(429, quota, "retry-after", "20");

        assertThat(failure).isEqualTo(new ProviderFailure.Forbidden(quota.message()));
        assertThat(failure.retryable()).isFalse();
    }

    @Test
    void reads_an_error_inside_a_stream_by_its_code_or_type() {
        assertThat(Failures.fromStreamError(new UpstreamError("slow", null, "429", null)))
                .isInstanceOf(ProviderFailure.RateLimited.class);
        assertThat(Failures.fromStreamError(new UpstreamError("slow", "tokens", "rate_limit_exceeded", null)))
                .isEqualTo(new ProviderFailure.RateLimited("slow", null));
        assertThat(Failures.fromStreamError(new UpstreamError("quota", "insufficient_quota", null, null)))
                .isInstanceOf(ProviderFailure.Forbidden.class);
        assertThat(Failures.fromStreamError(new UpstreamError("long", null, "context_length_exceeded", null)))
                .isInstanceOf(ProviderFailure.ContextLengthExceeded.class);
        assertThat(Failures.fromStreamError(new UpstreamError("bad", "invalid_request_error", null, "tools")))
                .isEqualTo(new ProviderFailure.InvalidRequest("bad", "tools"));
        assertThat(Failures.fromStreamError(new UpstreamError("oops", "server_error", "99", null)))
                .isEqualTo(new ProviderFailure.Unavailable(0, "the upstream failed during the stream: oops"));
    }

    @Test
    void maps_io_problems_to_timeouts_or_network_failures() {
        var unresolved = new ConnectException();
        unresolved.initCause(new ConnectException().initCause(new UnresolvedAddressException()));

        assertThat(Failures.fromIo(new HttpConnectTimeoutException("x"))).isInstanceOf(ProviderFailure.Timeout.class);
        assertThat(Failures.fromIo(new HttpTimeoutException("x"))).isInstanceOf(ProviderFailure.Timeout.class);
        assertThat(Failures.fromIo(unresolved))
                .isEqualTo(new ProviderFailure.Network("could not resolve the upstream's host name"));
        assertThat(Failures.fromIo(new UnknownHostException("x")).message()).contains("resolve");
        assertThat(Failures.fromIo(new ConnectException("refused")).message()).contains("refused");
        assertThat(Failures.fromIo(new EOFException())).isInstanceOf(ProviderFailure.Network.class);
        assertThat(Failures.fromIo(new IOException("Connection reset")))
                .isEqualTo(new ProviderFailure.Network("the connection to the upstream broke"));
        assertThat(Failures.fromIo(new LineReader.TooLong())).isInstanceOf(ProviderFailure.MalformedResponse.class);
    }

    @Test
    void uses_the_system_clock_by_default() {
        assertThat(Failures.fromStatus(401, headers(), UpstreamError.of("bad key")))
                .isEqualTo(new ProviderFailure.Unauthorized("bad key"));
    }
}
