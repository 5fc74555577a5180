package dev.switchboard.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

/** Shared fixtures: the issue's example file and a way to read the problems a configuration is rejected with. */
final class ConfigFixtures {

    static final String ISSUE_EXAMPLE = """
            server: { port: 8080, request_timeout_s: 60 }
            security: { api_keys: ["client-key-1"], admin_keys: ["admin-key-1"], cors_origins: [] }
            database: { url: "jdbc:h2:file:./data/switchboard" }
            providers:
              - id: openai              # the name in /openai/v1/... and in "openai/gpt-4o"
                type: openai
                base_url: "https://api.openai.com/v1"
                api_keys: [ { name: primary, value: "${OPENAI_API_KEY}" } ]
            models:
              aliases: { fast: "openai/gpt-4o-mini" }
            """;

    private ConfigFixtures() {}

    /** The problems that reading {@code yaml} with {@code env} is rejected with; fails when it is accepted. */
    static List<String> problemsOf(String yaml, Map<String, String> env) {
        var caught = new ConfigException[1];
        assertThatThrownBy(() -> GatewayConfig.parse(yaml, env))
                .isInstanceOfSatisfying(ConfigException.class, e -> caught[0] = e);
        return caught[0].problems();
    }

    static List<String> problemsOf(String yaml) {
        return problemsOf(yaml, Map.of());
    }
}
