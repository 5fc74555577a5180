package dev.switchboard.bootstrap.config;

import dev.switchboard.application.ResilienceSettings;
import dev.switchboard.domain.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The steps of reading a configuration: find and read the file, resolve {@code ${VAR}}, lay the environment
 * overrides over it, then bind and validate every section, collecting all problems before throwing them.
 */
final class ConfigReader {

    private ConfigReader() {}

    static GatewayConfig load(@Nullable Path file, Map<String, String> env) {
        var problems = new Problems();
        Optional<String> yaml =
                file != null ? read(file, file.toString(), "", problems) : fromEnvironment(env, problems);
        problems.throwIfAny();
        return parse(yaml.orElse(""), env, problems);
    }

    static GatewayConfig parse(String yaml, Map<String, String> env) {
        return parse(yaml, env, new Problems());
    }

    private static GatewayConfig parse(String yaml, Map<String, String> env, Problems problems) {
        JsonValue.Obj tree = YamlTree.mapping(yaml, problems);
        problems.throwIfAny();
        tree = EnvOverrides.apply(Interpolation.resolve(tree, env, problems), env, problems);
        GatewayConfig config = bind(new Node(tree, "", problems));
        problems.throwIfAny();
        return config;
    }

    private static GatewayConfig bind(Node root) {
        var server = root.child("server").map(ServerConfig::read).orElseGet(ServerConfig::defaults);
        var security = root.child("security").map(SecurityConfig::read).orElseGet(SecurityConfig::defaults);
        var database = root.child("database").map(DatabaseConfig::read).orElseGet(DatabaseConfig::defaults);
        var providers = ProviderEntries.read(root.nodes("providers"));
        var models = root.child("models")
                .map(m -> ModelsConfig.read(m, providers.declared()))
                .orElseGet(ModelsConfig::defaults);
        var logging = root.child("logging").map(LoggingConfig::read).orElseGet(LoggingConfig::defaults);
        var rotation = root.child("rotation").map(RotationConfig::read).orElseGet(RotationConfig::defaults);
        var routing = root.child("routing").map(RoutingConfig::read).orElseGet(ResilienceSettings::defaults);
        var telemetry = root.child("telemetry").map(TelemetryConfig::read).orElseGet(TelemetryConfig::defaults);
        root.rejectUnknown();
        return new GatewayConfig(
                server, security, database, providers.providers(), models, logging, rotation, routing, telemetry);
    }

    private static Optional<String> fromEnvironment(Map<String, String> env, Problems problems) {
        String named = env.get(GatewayConfig.CONFIG_VARIABLE);
        if (named == null || named.isBlank()) return Optional.empty();
        return read(Path.of(named.trim()), GatewayConfig.CONFIG_VARIABLE, "the file " + named.trim() + " ", problems);
    }

    private static Optional<String> read(Path file, String label, String subject, Problems problems) {
        try {
            return Optional.of(Files.readString(file));
        } catch (NoSuchFileException e) {
            problems.add(label, (subject.isEmpty() ? "the file " : subject) + "does not exist");
        } catch (IOException e) {
            problems.add(label, subject + "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return Optional.empty();
    }
}
