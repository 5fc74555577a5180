package dev.switchboard.adapters.providers.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.switchboard.adapters.providers.testing.Contexts.withKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.switchboard.domain.chat.ChatRequest;
import dev.switchboard.domain.chat.Message;
import dev.switchboard.domain.provider.ProviderException;
import dev.switchboard.domain.provider.ProviderFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every upstream failure, in every dialect's error body shape ({@link ErrorCases}), reaches the domain as the one
 * failure it means; so do resets, empty answers and malformed JSON. Runs on the class path, where WireMock lives.
 */
class ErrorTableWireMockTest {

    private static final ChatRequest HELLO = ChatRequest.of("gpt-4o", Message.user("hi"));

    private static WireMockServer upstream;

    @BeforeAll
    static void start() {
        upstream = new WireMockServer(options().dynamicPort());
        upstream.start();
    }

    @AfterAll
    static void stop() {
        upstream.stop();
    }

    @BeforeEach
    void reset() {
        upstream.resetAll();
    }

    static List<Arguments> table() {
        var rows = new ArrayList<Arguments>();
        for (String dialect : ErrorCases.DIALECTS) {
            for (ErrorCases.Case row : ErrorCases.cases()) rows.add(Arguments.of(dialect, row));
        }
        return rows;
    }

    static List<String> dialects() {
        return ErrorCases.DIALECTS;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("table")
    void maps_the_upstream_error_to_its_failure(String dialect, ErrorCases.Case row) {
        var answer = aResponse()
                .withStatus(row.status())
                .withHeader("Content-Type", "application/json")
                .withBody(ErrorCases.body(dialect, row));
        for (int i = 0; i < row.headers().size(); i += 2) {
            answer.withHeader(row.headers().get(i), row.headers().get(i + 1));
        }
        upstream.stubFor(any(anyUrl()).willReturn(answer));
        var provider = ConnectionFailuresTest.provider(dialect, base(dialect));

        assertThatThrownBy(() -> provider.complete(HELLO, withKey()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.failure()).isInstanceOf(row.kind());
                    if (row.failure() != null) assertThat(e.failure()).isEqualTo(row.failure());
                    if (e.failure() instanceof ProviderFailure.RateLimited limited && row.failure() == null) {
                        assertThat(limited.retryAfter()).isBetween(Duration.ofMinutes(58), Duration.ofMinutes(60));
                    }
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void a_reset_connection_or_an_empty_answer_is_a_network_failure(String dialect) {
        var provider = ConnectionFailuresTest.provider(dialect, base(dialect));
        for (Fault fault : List.of(Fault.CONNECTION_RESET_BY_PEER, Fault.EMPTY_RESPONSE)) {
            upstream.stubFor(any(anyUrl()).willReturn(aResponse().withFault(fault)));

            assertThatThrownBy(() -> provider.complete(HELLO, withKey()))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.Network.class));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void malformed_json_in_a_2xx_answer_is_a_malformed_response(String dialect) {
        var provider = ConnectionFailuresTest.provider(dialect, base(dialect));
        for (ResponseDefinitionBuilder answer : List.of(
                aResponse().withStatus(200).withBody("{\"id\": \"chatcmpl-1\", \"choices\": ["),
                aResponse().withStatus(200).withBody(""),
                aResponse().withStatus(200).withBody("[1, 2]"))) {
            upstream.stubFor(any(anyUrl()).willReturn(answer));

            assertThatThrownBy(() -> provider.complete(HELLO, withKey()))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.failure()).isInstanceOf(ProviderFailure.MalformedResponse.class));
        }
    }

    private static String base(String dialect) {
        return dialect.equals("azure") ? upstream.baseUrl() : upstream.baseUrl() + "/v1";
    }
}
