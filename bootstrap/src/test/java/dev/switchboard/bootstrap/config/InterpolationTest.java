package dev.switchboard.bootstrap.config;

import static dev.switchboard.bootstrap.config.ConfigFixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.json.JsonValue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterpolationTest {

    private static final Map<String, String> ENV = Map.of("HOST", "db.internal", "EMPTY", "", "KEY", "sk-123");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:h2:mem:plain                 | jdbc:h2:mem:plain
            jdbc:postgresql://${HOST}/gw      | jdbc:postgresql://db.internal/gw
            jdbc:${EMPTY}h2:mem:x             | jdbc:h2:mem:x
            jdbc:h2:mem:$${HOST}              | jdbc:h2:mem:${HOST}
            jdbc:h2:mem:${HOST}-${HOST}       | jdbc:h2:mem:db.internal-db.internal
            jdbc:h2:mem:cost$5                | jdbc:h2:mem:cost$5
            """)
    void replaces_variables_inside_string_values(String written, String read) {
        var config = GatewayConfig.parse("database: { url: \"" + written + "\" }", ENV);

        assertThat(config.database().url()).isEqualTo(read);
    }

    @Test
    void resolves_secrets_nested_in_provider_entries() {
        var config = GatewayConfig.parse("""
                providers:
                  - id: bedrock
                    type: bedrock
                    credentials: { secret_access_key: "${KEY}", regions: ["${HOST}"] }
                """, ENV);

        var credentials =
                (JsonValue.Obj) config.providers().getFirst().settings().get("credentials");
        assertThat(credentials.get("secret_access_key")).isEqualTo(JsonValue.of("sk-123"));
        assertThat(credentials.get("regions"))
                .isEqualTo(new JsonValue.Arr(java.util.List.of(JsonValue.of("db.internal"))));
    }

    @Test
    void resolves_a_secret_of_an_api_key() {
        var config = GatewayConfig.parse("""
                providers: [ { id: openai, type: openai, api_keys: [ { name: main, value: "${KEY}" } ] } ]
                """, ENV);

        assertThat(config.providers().getFirst().apiKeys().getFirst().value()).isEqualTo(Secret.of("sk-123"));
    }

    @Test
    void an_unset_variable_is_an_error_naming_the_key_and_the_variable() {
        var problems = problemsOf("""
                database: { url: "jdbc:${NOPE_ONE}:${NOPE_TWO}" }
                providers: [ { id: openai, type: openai, api_keys: [ { name: main, value: "${OPENAI_API_KEY}" } ] } ]
                """, ENV);

        assertThat(problems)
                .containsExactly(
                        "database.url: environment variable NOPE_ONE is not set",
                        "database.url: environment variable NOPE_TWO is not set",
                        "providers[0].api_keys[0].value: environment variable OPENAI_API_KEY is not set");
    }

    @Test
    void a_malformed_reference_is_an_error_that_does_not_repeat_the_text() {
        var problems = problemsOf("""
                database: { url: "jdbc:${sk-live-abc}" }
                logging: { level: "${LEVEL" }
                """, ENV);

        assertThat(problems)
                .containsExactly(
                        "database.url: ${...} must hold an environment variable name (letters, digits and _)",
                        "logging.level: ${ has no closing }");
    }
}
