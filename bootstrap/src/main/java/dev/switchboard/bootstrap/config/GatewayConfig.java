package dev.switchboard.bootstrap.config;

import dev.switchboard.application.ResilienceSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The whole configuration of a gateway, read once at start-up and immutable after. Bootstrap hands each inner
 * layer only its slice. Secrets inside it are {@link dev.switchboard.domain.auth.Secret}s or provider settings, so
 * the record can be passed around but its provider settings must never be logged.
 *
 * <p>{@link #load} reads it from one YAML file plus environment overrides; docs/configuration.md lists the keys.
 */
public record GatewayConfig(
        ServerConfig server,
        SecurityConfig security,
        DatabaseConfig database,
        List<ProviderConfig> providers,
        ModelsConfig models,
        LoggingConfig logging,
        RotationConfig rotation,
        ResilienceSettings routing,
        TelemetryConfig telemetry) {

    /** The environment variable naming the configuration file when none is given on the command line. */
    public static final String CONFIG_VARIABLE = "SWITCHBOARD_CONFIG";

    public GatewayConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(database, "database");
        providers = List.copyOf(providers);
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(logging, "logging");
        Objects.requireNonNull(rotation, "rotation");
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(telemetry, "telemetry");
    }

    /** What a gateway with no configuration at all runs with: every default and the built-in mock provider. */
    public static GatewayConfig defaults() {
        return new GatewayConfig(
                ServerConfig.defaults(),
                SecurityConfig.defaults(),
                DatabaseConfig.defaults(),
                List.of(ProviderConfig.mock()),
                ModelsConfig.defaults(),
                LoggingConfig.defaults(),
                RotationConfig.defaults(),
                ResilienceSettings.defaults(),
                TelemetryConfig.defaults());
    }

    /**
     * Reads the configuration: the YAML {@code file} if given, else the file named by {@value #CONFIG_VARIABLE}
     * if set, else none; then {@code ${VAR}} references in it and the overriding variables (SERVICE_PORT,
     * ALLOWED_API_KEYS, ADMIN_API_KEYS, LOG_LEVEL, REQUEST_TIMEOUT_S, ENABLE_SECURITY_HEADERS, DATABASE_URL), both
     * taken from {@code env}.
     *
     * @param env the environment, {@code System.getenv()} in production
     * @throws ConfigException listing every problem found, each naming its key, none showing a secret
     */
    public static GatewayConfig load(@Nullable Path file, Map<String, String> env) {
        return ConfigReader.load(file, env);
    }

    /** Reads the configuration from YAML text, as {@link #load} does from a file. */
    public static GatewayConfig parse(String yaml, Map<String, String> env) {
        return ConfigReader.parse(yaml, env);
    }
}
