package dev.switchboard.bootstrap.config;

import static dev.switchboard.bootstrap.config.ConfigFixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidationTest {

    private static final String TYPES =
            "mock, openai, azure, cerebras, openai-compatible, anthropic, gemini, bedrock, ollama";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            server: { port: 70000 }                         | server.port: must be a whole number from 0 to 65535
            server: { port: 80.5 }                          | server.port: must be a whole number from 0 to 65535
            server: { port: [1] }                           | server.port: must be a whole number from 0 to 65535
            server: { host: '' }                            | server.host: must not be blank
            server: { host: [a] }                           | server.host: must be text
            server: { request_timeout_s: 0 }                | server.request_timeout_s: must be a whole number greater than 0
            server: { request_timeout_s: -5 }               | server.request_timeout_s: must be a whole number greater than 0
            server: { max_body_bytes: 0 }                   | server.max_body_bytes: must be a whole number greater than 0
            server: { security_headers: 1 }                 | server.security_headers: must be true or false
            server: [ 8080 ]                                | server: must be a mapping
            security: { api_keys: key }                     | security.api_keys: must be a list
            security: { api_keys: [ '  ' ] }                | security.api_keys[0]: must not be blank
            security: { cors_origins: [ 'ftp://x' ] }       | security.cors_origins[0]: must be * or an origin such as https://app.example.com
            database: { url: 'mysql://x' }                  | database.url: must be a JDBC URL starting with jdbc:
            logging: { level: chatty }                      | logging.level: must be one of TRACE, DEBUG, INFO, WARN, ERROR, OFF
            providers: { id: x }                            | providers: must be a list
            providers: [ openai ]                           | providers[0]: must be a mapping
            providers: [ { type: openai } ]                 | providers[0].id: is required
            providers: [ { id: Open AI, type: openai } ]    | providers[0].id: must be 1-64 lower-case letters, digits, - or _, starting with a letter or digit
            providers: [ { id: x } ]                        | providers[0].type: is required
            providers: [ { id: x, type: gpt } ]             | providers[0].type: must be one of mock, openai, azure, cerebras, openai-compatible, anthropic, gemini, bedrock, ollama
            providers: [ { id: x, type: openai, base_url: 'api.openai.com' } ] | providers[0].base_url: must be an http or https URL
            providers: [ { id: x, type: openai, api_keys: [ k ] } ]            | providers[0].api_keys[0]: must be a mapping
            providers: [ { id: x, type: openai, api_keys: [ { value: k } ] } ] | providers[0].api_keys[0].name: is required
            providers: [ { id: x, type: openai, api_keys: [ { name: a } ] } ]  | providers[0].api_keys[0].value: is required
            providers: [ { id: x, type: openai, api_keys: [ { name: a, value: ' ' } ] } ] | providers[0].api_keys[0].value: must not be blank
            providers: [ { id: x, type: openai, api_keys: [ { name: a, value: k, weight: 0 } ] } ]      | providers[0].api_keys[0].weight: must be a whole number from 1 to 1000
            providers: [ { id: x, type: openai, api_keys: [ { name: a, value: k, weight: 1001 } ] } ]   | providers[0].api_keys[0].weight: must be a whole number from 1 to 1000
            providers: [ { id: x, type: openai, api_keys: [ { name: a, value: k, weight: 1.5 } ] } ]    | providers[0].api_keys[0].weight: must be a whole number from 1 to 1000
            providers: [ { id: x, type: openai, api_keys: [ { name: a, value: k, priority: -1 } ] } ]   | providers[0].api_keys[0].priority: must be a whole number from 0 to 1000
            providers: [ { id: x, type: openai, api_keys: [ { name: a, value: k, priority: 1001 } ] } ] | providers[0].api_keys[0].priority: must be a whole number from 0 to 1000
            models: { aliases: [ fast ] }                   | models.aliases: must be a mapping
            """)
    void names_the_key_of_each_problem(String yaml, String problem) {
        assertThat(problemsOf(yaml)).containsExactly(problem);
    }

    @Test
    void lists_the_known_provider_types() {
        assertThat(problemsOf("providers: [ { id: a }, { id: b, type: openai }, { id: c, type: gpt } ]"))
                .containsExactly("providers[0].type: is required", "providers[2].type: must be one of " + TYPES);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            serverr: {}                                     | serverr: unknown key (known keys: server, security, database, providers, models, logging, rotation, routing, telemetry)
            server: { prot: 1 }                             | server.prot: unknown key (known keys: port, host, request_timeout_s, max_body_bytes, security_headers)
            security: { apikeys: [] }                       | security.apikeys: unknown key (known keys: api_keys, admin_keys, cors_origins)
            database: { pass: x }                           | database.pass: unknown key (known keys: url, user, password)
            models: { alias: {} }                           | models.alias: unknown key (known keys: aliases, fallbacks)
            logging: { format: json }                       | logging.format: unknown key (known keys: level)
            providers: [ { id: x, type: openai, api_keys: [ { name: a, value: b, note: c } ] } ] | providers[0].api_keys[0].note: unknown key (known keys: name, value, weight, priority)
            rotation: { cooldown: 1s }                      | rotation.cooldown: unknown key (known keys: base_cooldown, max_cooldown, failure_threshold, failure_cooldown, jitter, stickiness, refresh, probe_interval)
            """)
    void rejects_unknown_keys_naming_their_full_path(String yaml, String problem) {
        assertThat(problemsOf(yaml)).containsExactly(problem);
    }

    @Test
    void reports_every_problem_at_once() {
        var problems = problemsOf("""
                server: { prot: 1, request_timeout_s: 0 }
                database: { url: nope }
                providers:
                  - { id: openai, type: openai }
                  - { id: other, type: nonsense }
                """);

        assertThat(problems)
                .containsExactly(
                        "server.request_timeout_s: must be a whole number greater than 0",
                        "server.prot: unknown key (known keys: port, host, request_timeout_s, max_body_bytes, security_headers)",
                        "database.url: must be a JDBC URL starting with jdbc:",
                        "providers[1].type: must be one of " + TYPES);
    }

    @Test
    void rejects_duplicate_provider_ids() {
        var problems = problemsOf("providers: [ { id: openai, type: openai }, { id: openai, type: azure } ]");

        assertThat(problems).containsExactly("providers[1].id: duplicate provider id openai");
    }

    @Test
    void rejects_duplicate_key_names_within_a_provider_but_not_across_providers() {
        var problems = problemsOf("""
                providers:
                  - { id: a, type: openai, api_keys: [ { name: main, value: k1 }, { name: main, value: k2 } ] }
                  - { id: b, type: openai, api_keys: [ { name: main, value: k3 } ] }
                """);

        assertThat(problems).containsExactly("providers[0].api_keys[1].name: duplicate key name main");
    }

    @Test
    void rejects_a_key_name_longer_than_a_profile_name_may_be() {
        var problems = problemsOf(
                "providers: [ { id: a, type: openai, api_keys: [ { name: " + "n".repeat(101) + ", value: k } ] } ]");

        assertThat(problems).containsExactly("providers[0].api_keys[0].name: must be at most 100 characters");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            fast: openai                | models.aliases.fast: must be provider/model, such as openai/gpt-4o-mini, not: openai
            fast: openai/               | models.aliases.fast: must be provider/model, such as openai/gpt-4o-mini, not: openai/
            fast: 42                    | models.aliases.fast: must be provider/model, a list of them, or {targets, balanced}
            fast: anthropic/claude      | models.aliases.fast: names provider anthropic, which is not configured
            'a/b': openai/gpt-4o        | models.aliases.a/b: an alias must be non-blank text without /
            """)
    void validates_alias_targets(String alias, String problem) {
        var yaml = "providers: [ { id: openai, type: openai } ]\nmodels:\n  aliases:\n    " + alias + "\n";

        assertThat(problemsOf(yaml)).containsExactly(problem);
    }

    @Test
    void an_alias_may_target_the_default_mock_provider_and_models_with_slashes() {
        var config =
                GatewayConfig.parse("models: { aliases: { echo: mock/echo, llama: mock/meta/llama-3 } }", Map.of());

        assertThat(config.models().aliases())
                .containsEntry("echo", "mock/echo")
                .containsEntry("llama", "mock/meta/llama-3");
    }

    @Test
    void an_alias_to_a_provider_whose_entry_has_other_problems_reports_only_those() {
        var problems = problemsOf("""
                providers: [ { id: openai, type: gpt } ]
                models: { aliases: { fast: openai/gpt-4o-mini } }
                """);

        assertThat(problems).containsExactly("providers[0].type: must be one of " + TYPES);
    }

    @Test
    void never_puts_a_secret_value_in_a_problem() {
        var problems = problemsOf(
                """
                security: { api_keys: [ [ "sk-client-secret" ] ], admin_keys: { k: "sk-admin-secret" } }
                database: { url: jdbc:h2:mem:x, password: [ "sk-db-secret" ] }
                providers:
                  - id: openai
                    type: "sk-type-secret"
                    base_url: "sk-url-secret"
                    api_keys:
                      - { name: main, value: [ "sk-provider-secret" ] }
                      - { name: main, value: "sk-provider-secret-2" }
                server: { port: "sk-port-secret", host: [ "sk-host-secret" ] }
                """, Map.of("ALLOWED_API_KEYS", "[\"sk-env-secret\", 3]", "SERVICE_PORT", "sk-env-port-secret"));

        assertThat(problems).hasSizeGreaterThanOrEqualTo(8);
        assertThat(String.join("\n", problems)).doesNotContain("sk-");
    }
}
