package dev.switchboard.bootstrap.config;

import static dev.switchboard.bootstrap.config.ConfigFixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.auth.Secret;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnvOverridesTest {

    private static final String FILE = """
            server: { port: 8080, request_timeout_s: 60, security_headers: true }
            security: { api_keys: [from-file], admin_keys: [admin-from-file] }
            database: { url: "jdbc:h2:mem:file" }
            logging: { level: INFO }
            """;

    static Stream<Arguments> overrides() {
        return Stream.of(
                override("SERVICE_PORT", "9000", c -> c.server().port(), 9000),
                override("REQUEST_TIMEOUT_S", "5", c -> c.server().requestTimeout(), Duration.ofSeconds(5)),
                override("ENABLE_SECURITY_HEADERS", "false", c -> c.server().securityHeaders(), false),
                override("ENABLE_SECURITY_HEADERS", "TRUE", c -> c.server().securityHeaders(), true),
                override(
                        "DATABASE_URL",
                        "jdbc:postgresql://db/x",
                        c -> c.database().url(),
                        "jdbc:postgresql://db/x"),
                override("LOG_LEVEL", "warn", c -> c.logging().level(), "WARN"),
                override("ALLOWED_API_KEYS", "k1", c -> c.security().apiKeys(), List.of(Secret.of("k1"))),
                override(
                        "ALLOWED_API_KEYS",
                        " k1 , k2,,",
                        c -> c.security().apiKeys(),
                        List.of(Secret.of("k1"), Secret.of("k2"))),
                override(
                        "ALLOWED_API_KEYS",
                        "[\"k1\", \"k,2\"]",
                        c -> c.security().apiKeys(),
                        List.of(Secret.of("k1"), Secret.of("k,2"))),
                override(
                        "ADMIN_API_KEYS",
                        "a1,a2",
                        c -> c.security().adminKeys(),
                        List.of(Secret.of("a1"), Secret.of("a2"))),
                override("ADMIN_API_KEYS", " [ \"a1\" ] ", c -> c.security().adminKeys(), List.of(Secret.of("a1"))));
    }

    private static Arguments override(
            String variable, String value, Function<GatewayConfig, Object> read, Object expected) {
        return Arguments.of(variable, value, read, expected);
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("overrides")
    void an_environment_variable_overrides_the_file(
            String variable, String value, Function<GatewayConfig, Object> read, Object expected) {
        assertThat(read.apply(GatewayConfig.parse(FILE, Map.of(variable, value))))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("overrides")
    void an_environment_variable_applies_without_a_file(
            String variable, String value, Function<GatewayConfig, Object> read, Object expected) {
        assertThat(read.apply(GatewayConfig.load(null, Map.of(variable, value))))
                .isEqualTo(expected);
    }

    @Test
    void a_blank_variable_counts_as_unset() {
        var config = GatewayConfig.parse(FILE, Map.of("ALLOWED_API_KEYS", " ", "SERVICE_PORT", ""));

        assertThat(config.security().apiKeys()).containsExactly(Secret.of("from-file"));
        assertThat(config.server().port()).isEqualTo(8080);
    }

    @Test
    void a_bad_value_is_reported_under_the_variable_name() {
        var problems = problemsOf(
                FILE,
                Map.of(
                        "SERVICE_PORT", "eighty",
                        "REQUEST_TIMEOUT_S", "0",
                        "ENABLE_SECURITY_HEADERS", "maybe",
                        "DATABASE_URL", "postgres://db",
                        "LOG_LEVEL", "loud"));

        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "SERVICE_PORT (server.port): must be a whole number from 0 to 65535",
                        "REQUEST_TIMEOUT_S (server.request_timeout_s): must be a whole number greater than 0",
                        "ENABLE_SECURITY_HEADERS (server.security_headers): must be true or false",
                        "DATABASE_URL (database.url): must be a JDBC URL starting with jdbc:",
                        "LOG_LEVEL (logging.level): must be one of TRACE, DEBUG, INFO, WARN, ERROR, OFF");
    }

    @Test
    void a_malformed_json_array_of_keys_is_reported_without_the_keys() {
        var problems = problemsOf(
                "", Map.of("ALLOWED_API_KEYS", "[\"sk-secret-1\", ", "ADMIN_API_KEYS", "[1, \"sk-secret-2\"]"));

        assertThat(problems)
                .containsExactly(
                        "ALLOWED_API_KEYS: must be a comma-separated list or a JSON array of strings",
                        "ADMIN_API_KEYS: must be a comma-separated list or a JSON array of strings");
        assertThat(String.join("\n", problems)).doesNotContain("sk-secret");
    }

    @Test
    void an_override_leaves_a_section_that_is_not_a_mapping_for_validation_to_report() {
        assertThat(problemsOf("server: 42\n", Map.of("SERVICE_PORT", "9000")))
                .containsExactly("server: must be a mapping");
    }
}
