package dev.switchboard.bootstrap;

import dev.switchboard.adapters.http.HttpApi;
import dev.switchboard.adapters.http.HttpSettings;
import dev.switchboard.adapters.http.MetricsAccess;
import dev.switchboard.adapters.http.Observability;
import dev.switchboard.application.Gateway;
import dev.switchboard.application.GatewaySettings;
import dev.switchboard.application.KeyRotationSettings;
import dev.switchboard.application.KeySeed;
import dev.switchboard.bootstrap.config.GatewayConfig;
import dev.switchboard.bootstrap.config.ProviderConfig;
import dev.switchboard.domain.auth.Secret;
import dev.switchboard.domain.store.StorageSettings;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;

/**
 * A running gateway: the {@link Gateway} and the HTTP server in front of it, built from one {@link GatewayConfig}.
 * Each inner layer receives only its slice of the configuration.
 */
final class Server implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Server.class.getName());

    private final Gateway gateway;
    private final HttpApi http;
    private final Tracing tracing;

    private Server(Gateway gateway, HttpApi http, Tracing tracing) {
        this.gateway = gateway;
        this.http = http;
        this.tracing = tracing;
    }

    /** Opens the database, creates the providers and starts listening; {@code env} may configure tracing. */
    static Server start(GatewayConfig config, Secret masterKey, Map<String, String> env) {
        Tracing tracing = Tracing.start(config.telemetry(), env);
        Observability observability = Observability.create(tracing.openTelemetry());
        Gateway gateway;
        try {
            gateway = Gateway.start(gatewaySettings(config, masterKey), observability);
        } catch (RuntimeException e) {
            tracing.close();
            throw e;
        }
        try {
            var access = MetricsAccess.valueOf(config.telemetry().metrics().toUpperCase(java.util.Locale.ROOT));
            HttpApi http = HttpApi.create(gateway, httpSettings(config), observability, access);
            http.start();
            announce(config, http.port());
            return new Server(gateway, http, tracing);
        } catch (RuntimeException e) {
            gateway.close();
            tracing.close();
            throw e;
        }
    }

    static GatewaySettings gatewaySettings(GatewayConfig config, Secret masterKey) {
        var timeout = config.server().requestTimeout();
        var providers =
                config.providers().stream().map(p -> p.toSettings(timeout)).toList();
        List<KeySeed> keys = config.providers().stream().flatMap(Server::seeds).toList();
        var database = config.database();
        var storage = new StorageSettings(database.url(), database.user(), database.password(), masterKey);
        var rotation = config.rotation();
        var keyRotation = new KeyRotationSettings(rotation.rules(), rotation.refresh(), rotation.probeInterval());
        return new GatewaySettings(
                providers,
                keys,
                config.models().aliases(),
                timeout,
                storage,
                keyRotation,
                config.models().routes(),
                config.routing());
    }

    private static java.util.stream.Stream<KeySeed> seeds(ProviderConfig provider) {
        return provider.apiKeys().stream()
                .map(key -> new KeySeed(provider.id(), key.name(), key.value(), key.weight(), key.priority()));
    }

    static HttpSettings httpSettings(GatewayConfig config) {
        var server = config.server();
        var security = config.security();
        return new HttpSettings(
                server.host(),
                server.port(),
                security.apiKeys(),
                security.adminKeys(),
                security.corsOrigins(),
                server.securityHeaders(),
                server.maxBodyBytes());
    }

    private static void announce(GatewayConfig config, int port) {
        String providers = String.join(
                ", ",
                config.providers().stream()
                        .map(p -> p.id() + " (" + p.type() + ")")
                        .toList());
        LOG.log(
                Level.INFO,
                "Switchboard listening on {0}:{1,number,#} with providers: {2}",
                config.server().host(),
                port,
                providers);
        if (config.security().apiKeys().isEmpty()) {
            LOG.log(
                    Level.WARNING,
                    "NO API KEYS CONFIGURED: the gateway is OPEN to anyone who can reach port {0,number,#}."
                            + " Set ALLOWED_API_KEYS or security.api_keys before exposing it.",
                    port);
        }
    }

    int port() {
        return http.port();
    }

    @Override
    public void close() {
        try {
            http.stop();
        } finally {
            try {
                gateway.close();
            } finally {
                tracing.close();
            }
        }
    }
}
