package dev.switchboard.adapters.providers.gemini;

import static dev.switchboard.adapters.providers.testing.Contexts.KEY;
import static dev.switchboard.adapters.providers.testing.Contexts.settings;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static dev.switchboard.adapters.providers.testing.Replies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.adapters.providers.testing.StubUpstream;
import dev.switchboard.domain.provider.ModelProvider;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Google's error envelope with each status in, the domain failure out. */
class GeminiErrorTableTest {

    private StubUpstream stub;
    private ModelProvider gemini;

    @BeforeEach
    void start() {
        stub = StubUpstream.start();
        gemini = new GeminiProviderFactory()
                .create(settings("gemini", "gemini", "base_url", stub.base("").toString()));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private ProviderFailure failure(int status, String body) {
        stub.on(GeminiResponsesTest.PATH, json(status, body));
        var e = catchThrowableOfType(
                ProviderException.class, () -> gemini.complete(GeminiResponsesTest.REQUEST, withKey()));
        assertThat(e).isNotNull();
        return e.failure();
    }

    private static String envelope(int code, String status, String message) {
        return "{\"error\":{\"code\":%d,\"message\":\"%s\",\"status\":\"%s\"}}".formatted(code, message, status);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
        400 | INVALID_ARGUMENT   | Invalid JSON payload received. Unknown name foo. | InvalidRequest
        400 | INVALID_ARGUMENT   | The input token count (1200000) exceeds the maximum number of tokens allowed (1048576). | InvalidRequest
        400 | FAILED_PRECONDITION| User location is not supported for the API use. | InvalidRequest
        401 | UNAUTHENTICATED    | Request had invalid authentication credentials. | Unauthorized
        403 | PERMISSION_DENIED  | Generative Language API has not been used in project 12345678 before or it is disabled. | Forbidden
        404 | NOT_FOUND          | models/gemini-5.0-flash is not found for API version v1beta, or is not supported for generateContent. | ModelNotFound
        500 | INTERNAL           | An internal error has occurred. | Unavailable
        503 | UNAVAILABLE        | The model is overloaded. Please try again later. | Unavailable
        504 | DEADLINE_EXCEEDED  | Deadline expired before operation could complete. | Timeout
        """)
    void maps_each_status(int code, String status, String message, String kind) {
        var failure = failure(code, envelope(code, status, message));

        assertThat(failure.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(failure.message()).contains(message.substring(0, 20));
    }

    @Test
    void a_bad_api_key_reported_as_400_is_unauthorized_and_the_key_is_not_echoed() {
        String body = "{\"error\":{\"code\":400,\"message\":\"API key not valid. Please pass a valid API key.\","
                + "\"status\":\"INVALID_ARGUMENT\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\","
                + "\"reason\":\"API_KEY_INVALID\",\"domain\":\"googleapis.com\"}]}}";

        var failure = failure(400, body);

        assertThat(failure)
                .isEqualTo(new ProviderFailure.Unauthorized("API key not valid. Please pass a valid API key."));
        assertThat(failure.message()).doesNotContain(KEY);
    }

    @Test
    void a_429_is_rate_limited_with_the_wait_from_retry_info_even_when_it_speaks_of_quota() {
        String body = "{\"error\":{\"code\":429,\"message\":\"You exceeded your current quota, please check your plan "
                + "and billing details.\",\"status\":\"RESOURCE_EXHAUSTED\",\"details\":["
                + "{\"@type\":\"type.googleapis.com/google.rpc.QuotaFailure\",\"violations\":[{\"quotaMetric\":\"m\"}]},"
                + "{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"32.5s\"}]}}";

        var failure = failure(429, body);

        assertThat(failure).isInstanceOfSatisfying(ProviderFailure.RateLimited.class, limited -> {
            assertThat(limited.retryAfter()).isEqualTo(Duration.ofMillis(32_500));
            assertThat(limited.message()).contains("exceeded your current quota");
        });
    }

    @Test
    void an_error_wrapped_in_an_array_is_read_too() {
        var failure = failure(404, "[" + envelope(404, "NOT_FOUND", "models/x is not found") + "]");

        assertThat(failure).isEqualTo(new ProviderFailure.ModelNotFound("models/x is not found"));
    }

    @Test
    void a_body_that_is_not_googles_envelope_leaves_the_status_to_decide() {
        assertThat(failure(502, "<html>Bad gateway</html>")).isInstanceOf(ProviderFailure.Unavailable.class);
        assertThat(failure(429, "{}"))
                .isEqualTo(new ProviderFailure.RateLimited("the upstream answered HTTP 429", null));
    }
}
