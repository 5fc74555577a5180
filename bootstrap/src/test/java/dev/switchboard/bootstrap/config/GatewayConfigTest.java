package dev.switchboard.bootstrap.config;

import static dev.switchboard.bootstrap.config.ConfigFixtures.ISSUE_EXAMPLE;
import static dev.switchboard.bootstrap.config.ConfigFixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.json.JsonValue;
import dev.switchboard.domain.model.ProviderId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayConfigTest {

    @TempDir
    Path dir;

    @Test
    void serves_the_mock_provider_with_defaults_when_there_is_no_file() {
        var config = GatewayConfig.load(null, Map.of());

        assertThat(config.server())
                .isEqualTo(new ServerConfig(8080, "0.0.0.0", Duration.ofSeconds(60), 10L << 20, true));
        assertThat(config.security().apiKeys()).isEmpty();
        assertThat(config.security().adminKeys()).isEmpty();
        assertThat(config.security().corsOrigins()).isEmpty();
        assertThat(config.database()).isEqualTo(new DatabaseConfig("jdbc:h2:file:./data/switchboard", null, null));
        assertThat(config.providers()).containsExactly(ProviderConfig.mock());
        assertThat(config.providers().getFirst().id()).isEqualTo(ProviderId.of("mock"));
        assertThat(config.models().aliases()).isEmpty();
        assertThat(config.logging().level()).isEqualTo("INFO");
        assertThat(config).isEqualTo(GatewayConfig.defaults());
    }

    @Test
    void an_empty_file_gives_the_defaults() {
        assertThat(GatewayConfig.parse("", Map.of())).isEqualTo(GatewayConfig.defaults());
        assertThat(GatewayConfig.parse("# nothing here\n", Map.of())).isEqualTo(GatewayConfig.defaults());
    }

    @Test
    void reads_the_example_of_the_issue() {
        var config = GatewayConfig.parse(ISSUE_EXAMPLE, Map.of("OPENAI_API_KEY", "sk-test-123"));

        assertThat(config.server().port()).isEqualTo(8080);
        assertThat(config.server().requestTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.security().apiKeys()).containsExactly(Secret.of("client-key-1"));
        assertThat(config.security().adminKeys()).containsExactly(Secret.of("admin-key-1"));
        assertThat(config.database().url()).isEqualTo("jdbc:h2:file:./data/switchboard");
        var openai = config.providers().getFirst();
        assertThat(config.providers()).hasSize(1);
        assertThat(openai.id()).isEqualTo(ProviderId.of("openai"));
        assertThat(openai.type()).isEqualTo("openai");
        assertThat(openai.apiKeys()).containsExactly(new KeyConfig("primary", Secret.of("sk-test-123")));
        assertThat(openai.settings()).containsExactly(Map.entry("base_url", JsonValue.of("https://api.openai.com/v1")));
        assertThat(config.models().aliases()).containsExactly(Map.entry("fast", "openai/gpt-4o-mini"));
    }

    @Test
    void reads_every_key_of_the_schema() {
        var config = GatewayConfig.parse("""
                server:
                  port: 9090
                  host: 127.0.0.1
                  request_timeout_s: 15
                  max_body_bytes: 2048
                  security_headers: false
                security:
                  cors_origins: ["https://app.example.com", "*"]
                database:
                  url: jdbc:postgresql://db/switchboard
                  user: gateway
                  password: ${DB_PASSWORD}
                providers:
                  - id: azure-east
                    type: azure
                    base_url: https://east.openai.azure.com
                    api_version: 2024-10-21
                    deployments: { gpt-4o: prod-4o }
                    max_connections: 8
                    streaming: true
                logging: { level: debug }
                """, Map.of("DB_PASSWORD", "hunter2"));

        assertThat(config.server()).isEqualTo(new ServerConfig(9090, "127.0.0.1", Duration.ofSeconds(15), 2048, false));
        assertThat(config.security().corsOrigins()).containsExactly("https://app.example.com", "*");
        assertThat(config.database())
                .isEqualTo(new DatabaseConfig("jdbc:postgresql://db/switchboard", "gateway", Secret.of("hunter2")));
        var azure = config.providers().getFirst();
        assertThat(azure.apiKeys()).isEmpty();
        assertThat(azure.settings())
                .containsOnlyKeys("base_url", "api_version", "deployments", "max_connections", "streaming");
        assertThat(azure.settings().get("deployments"))
                .isEqualTo(new JsonValue.Obj(Map.of("gpt-4o", JsonValue.of("prod-4o"))));
        assertThat(azure.settings().get("max_connections")).isEqualTo(JsonValue.Num.of(8));
        assertThat(azure.settings().get("streaming")).isEqualTo(new JsonValue.Bool(true));
        assertThat(config.logging().level()).isEqualTo("DEBUG");
    }

    @Test
    void adds_no_mock_when_the_file_lists_providers() {
        var config = GatewayConfig.parse("providers: [ { id: local, type: ollama } ]", Map.of());

        assertThat(config.providers()).extracting(ProviderConfig::id).containsExactly(ProviderId.of("local"));
    }

    @Test
    void a_provider_entry_becomes_the_settings_view_its_factory_reads() {
        var config = GatewayConfig.parse(ISSUE_EXAMPLE, Map.of("OPENAI_API_KEY", "sk-test-123"));

        var settings = config.providers().getFirst().toSettings(config.server().requestTimeout());

        assertThat(settings.id()).isEqualTo(ProviderId.of("openai"));
        assertThat(settings.type()).isEqualTo("openai");
        assertThat(settings.string("base_url")).isEqualTo("https://api.openai.com/v1");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void loads_the_file_it_is_given() throws IOException {
        Path file = Files.writeString(dir.resolve("gateway.yaml"), "server: { port: 7000 }\n");

        assertThat(GatewayConfig.load(file, Map.of()).server().port()).isEqualTo(7000);
    }

    @Test
    void loads_the_file_named_by_SWITCHBOARD_CONFIG_unless_a_file_is_given() throws IOException {
        Path fromEnv = Files.writeString(dir.resolve("env.yaml"), "server: { port: 7001 }\n");
        Path given = Files.writeString(dir.resolve("given.yaml"), "server: { port: 7002 }\n");
        var env = Map.of("SWITCHBOARD_CONFIG", fromEnv.toString());

        assertThat(GatewayConfig.load(null, env).server().port()).isEqualTo(7001);
        assertThat(GatewayConfig.load(given, env).server().port()).isEqualTo(7002);
    }

    @Test
    void a_missing_file_is_reported_with_its_name() {
        Path missing = dir.resolve("nope.yaml");

        assertThat(problemsFromLoading(missing, Map.of())).containsExactly(missing + ": the file does not exist");
        assertThat(problemsFromLoading(null, Map.of("SWITCHBOARD_CONFIG", missing.toString())))
                .containsExactly("SWITCHBOARD_CONFIG: the file " + missing + " does not exist");
    }

    @Test
    void a_directory_cannot_be_read_as_a_file() {
        assertThat(problemsFromLoading(dir, Map.of()))
                .singleElement()
                .asString()
                .startsWith(dir + ": ");
    }

    @Test
    void a_file_that_is_not_yaml_is_reported_by_position_without_its_content() {
        var problems = problemsOf("server:\n  port: [8080\n  host: \"secret-ish\n");

        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith("the configuration is not valid YAML (line ")
                .doesNotContain("secret-ish");
    }

    @Test
    void a_file_must_hold_a_mapping() {
        assertThat(problemsOf("- just\n- a list\n")).containsExactly("the configuration must be a mapping of sections");
    }

    @Test
    void a_key_written_twice_is_rejected() {
        assertThat(problemsOf("server:\n  port: 1\n  port: 2\n"))
                .singleElement()
                .asString()
                .contains("port");
    }

    @Test
    void the_exception_lists_every_problem_in_its_message() {
        var e = new ConfigException(List.of("a: is wrong", "b: is wrong too"));

        assertThat(e.getMessage()).isEqualTo("invalid configuration:\n  - a: is wrong\n  - b: is wrong too");
        assertThat(e.problems()).containsExactly("a: is wrong", "b: is wrong too");
    }

    private static List<String> problemsFromLoading(Path file, Map<String, String> env) {
        try {
            GatewayConfig.load(file, env);
        } catch (ConfigException e) {
            return e.problems();
        }
        throw new AssertionError("expected the configuration to be rejected");
    }
}
